import { expect, test, type Page } from "@playwright/test"
import { FIGURE_IDS } from "@/lib/charts/figure-defs"
import { DECK } from "./deck"

// A slide is one 1920×1080 stage scaled to the screen (app/globals.css). This lays out every slide of
// the deck of every figure (the default deck) on the screens briefings happen on, in both languages, and
// fails if any text leaves the slide, two texts overlap, a chart sits on text, the slide leaves the window
// or the controls cover it. Texts are measured as the browser draws them (the boxes of their lines), so a
// legend printed over a sources line is an overlap even where their elements' boxes would not say so.

const SCREENS = [
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1920, 1080],
  [3840, 2160],
] as const
// A deck about 2023 has no bridge slides: every bridge's change ends after 2023.
const DECK_2023 = ["title", "how-to-read", ...FIGURE_IDS, "report-gaps", "closing"]

type Problem = string

/** Every problem with the current slide's layout, in words. */
async function layoutProblems(page: Page): Promise<Problem[]> {
  return page.locator("[data-slide-id][data-current]").evaluate((slide) => {
    const problems: string[] = []
    const stage = slide.getBoundingClientRect()
    // Half a stage pixel of slack for rounding, at the slide's scale.
    const eps = Math.max(1, stage.width / 1920)
    type Box = { label: string; r: DOMRect; node: Node }
    const boxes: Box[] = []
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!
      if (!n.textContent!.trim() || el.closest("svg, [data-notes], .sr-only, [aria-hidden='true']")) continue
      const range = document.createRange()
      range.selectNodeContents(n)
      // A line's box is its line-height tall, centred on its glyphs' box: the glyphs' box is the font's
      // whole height, which for Arabic reaches past the line's, so it would make neighbouring lines
      // "overlap" where nothing is drawn over anything.
      const lineHeight =
        parseFloat(getComputedStyle(el).lineHeight) * (stage.width / (slide as HTMLElement).offsetWidth)
      for (const r of range.getClientRects()) {
        if (r.width < 0.5 || r.height < 0.5) continue
        const h = Number.isFinite(lineHeight) ? Math.min(lineHeight, r.height) : r.height
        const line = new DOMRect(r.x, r.y + (r.height - h) / 2, r.width, h)
        boxes.push({ label: n.textContent!.trim().slice(0, 50), r: line, node: n })
      }
    }
    const charts = [...slide.querySelectorAll("[data-chart-panel]")].map((c) => ({
      label: `chart ${c.getAttribute("data-chart-panel")}`,
      r: c.getBoundingClientRect(),
    }))
    const inside = (r: DOMRect) =>
      r.left >= stage.left - eps &&
      r.right <= stage.right + eps &&
      r.top >= stage.top - eps &&
      r.bottom <= stage.bottom + eps
    for (const b of [...boxes, ...charts]) if (!inside(b.r)) problems.push(`leaves the slide: ${b.label}`)
    const overlap = (a: DOMRect, b: DOMRect) => {
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left)
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
      return w > eps * 2 && h > eps * 2
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!
        const b = boxes[j]!
        if (a.node !== b.node && overlap(a.r, b.r)) problems.push(`overlap: "${a.label}" / "${b.label}"`)
      }
      for (const c of charts) {
        const a = boxes[i]!
        const w = Math.min(a.r.right, c.r.right) - Math.max(a.r.left, c.r.left)
        const h = Math.min(a.r.bottom, c.r.bottom) - Math.max(a.r.top, c.r.top)
        if (w > eps && h > eps) problems.push(`text on ${c.label}: "${a.label}"`)
      }
    }
    if (
      stage.left < -eps ||
      stage.top < -eps ||
      stage.right > innerWidth + eps ||
      stage.bottom > innerHeight + eps
    )
      problems.push(`the slide leaves the window: ${JSON.stringify(stage)}`)
    // The controls, while shown, sit below the slide, never over it.
    const deck = slide.closest(".deck")!
    const nav = deck.querySelector(".deck-controls")!.getBoundingClientRect()
    if (deck.getAttribute("data-controls") === "shown" && nav.top < stage.bottom - eps)
      problems.push(`the controls cover the slide: controls at ${nav.top}, slide ends at ${stage.bottom}`)
    return problems
  })
}

for (const locale of ["en", "ar"] as const) {
  for (const [width, height] of SCREENS) {
    test(`${locale}: every slide fits its 16:9 stage at ${width}×${height}, nothing overlaps, the controls cover nothing`, async ({
      page,
    }) => {
      test.setTimeout(120_000)
      await page.setViewportSize({ width, height })
      await page.goto(locale === "en" ? "/briefing" : "/ar/briefing")
      await expect(page.locator(".deck[data-ready]")).toHaveCount(1)
      const problems: string[] = []
      for (const [i, id] of DECK.entries()) {
        if (i > 0) await page.keyboard.press("PageDown")
        const slide = page.locator("[data-slide-id][data-current]")
        await expect(slide).toHaveAttribute("data-slide-id", id)
        // Charts are drawn on the current slide; measure them drawn, fonts loaded.
        const panels = await slide.locator("[data-chart-panel]").count()
        if (panels > 0) await expect(slide.locator("[data-chart-panel] svg:visible")).toHaveCount(panels)
        await page.evaluate(() => document.fonts.ready)
        // Uniform scale: the slide is 16:9 at every size, letterboxed.
        const box = (await slide.boundingBox())!
        expect(Math.abs(box.width / box.height - 16 / 9), `${id} is 16:9`).toBeLessThan(0.01)
        for (const p of await layoutProblems(page)) problems.push(`${id}: ${p}`)
      }
      expect(problems).toEqual([])
    })
  }
}

// A deck about an earlier year has other headlines, and slides that say a figure has nothing to compare
// yet (genai and IWF before 2024): they must fit as well. One common screen is enough, the scale being
// uniform.
for (const locale of ["en", "ar"] as const) {
  test(`${locale}: a 2023 deck's slides fit at 1366×768 too`, async ({ page }) => {
    test.setTimeout(120_000)
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(`${locale === "en" ? "" : "/ar"}/briefing?year=2023`)
    await expect(page.locator(".deck[data-ready]")).toHaveCount(1)
    const problems: string[] = []
    for (const [i, id] of DECK_2023.entries()) {
      if (i > 0) await page.keyboard.press("PageDown")
      const slide = page.locator("[data-slide-id][data-current]")
      await expect(slide).toHaveAttribute("data-slide-id", id)
      const panels = await slide.locator("[data-chart-panel]").count()
      if (panels > 0) await expect(slide.locator("[data-chart-panel] svg:visible")).toHaveCount(panels)
      await page.evaluate(() => document.fonts.ready)
      for (const p of await layoutProblems(page)) problems.push(`${id}: ${p}`)
    }
    expect(problems).toEqual([])
  })
}

test("the controls fade while presenting, come back on a mouse move, and leave the slide the whole height", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto("/briefing?slide=3")
  const deck = page.locator(".deck[data-ready]")
  await expect(deck).toHaveAttribute("data-controls", "shown")
  const slide = page.locator("[data-slide-id][data-current]")
  const withControls = (await slide.boundingBox())!
  // A clicker's keys move the slides and leave the controls to fade.
  await page.keyboard.press("PageDown")
  await expect(deck).toHaveAttribute("data-controls", "hidden", { timeout: 6000 })
  const presenting = (await slide.boundingBox())!
  expect(presenting.height).toBeGreaterThan(withControls.height)
  expect(Math.round(presenting.height)).toBe(1080)
  await page.keyboard.press("PageDown")
  await expect(deck).toHaveAttribute("data-controls", "hidden")
  await page.mouse.move(400, 400)
  await page.mouse.move(420, 420)
  await expect(deck).toHaveAttribute("data-controls", "shown")
  // Tab reaches the controls, and they stay while focus is in them.
  await expect(deck).toHaveAttribute("data-controls", "hidden", { timeout: 6000 })
  await page.keyboard.press("Tab")
  await expect(deck).toHaveAttribute("data-controls", "shown")
})

for (const locale of ["en", "ar"] as const) {
  test(`${locale}: on a phone the deck reads as one slide after another, each complete and readable`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(locale === "en" ? "/briefing" : "/ar/briefing")
    await expect(page.locator(".deck[data-ready]")).toHaveCount(1)
    const slides = page.locator("[data-slide-id]")
    await expect(slides).toHaveCount(DECK.length)
    for (const [i, id] of DECK.entries()) {
      const slide = slides.nth(i)
      await expect(slide).toHaveAttribute("data-slide-id", id)
      await slide.scrollIntoViewIfNeeded()
      await expect(slide).toBeVisible()
      // Readable by everyone, not only the "current" slide: nothing is inert or hidden from readers.
      await expect(slide).not.toHaveAttribute("inert")
      await expect(slide).not.toHaveAttribute("aria-hidden", "true")
      const panels = await slide.locator("[data-chart-panel]").count()
      if (panels > 0) await expect(slide.locator("[data-chart-panel] svg:visible")).toHaveCount(panels)
      const { small, outside } = await slide.evaluate((root) => {
        const box = root.getBoundingClientRect()
        const small: string[] = []
        const outside: string[] = []
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement!
          if (!n.textContent!.trim() || el.closest("svg, [data-notes], .sr-only")) continue
          if (parseFloat(getComputedStyle(el).fontSize) < 15) small.push(n.textContent!.trim().slice(0, 40))
          const range = document.createRange()
          range.selectNodeContents(n)
          for (const r of range.getClientRects())
            if (r.left < box.left - 1 || r.right > box.right + 1)
              outside.push(n.textContent!.trim().slice(0, 40))
        }
        return { small, outside }
      })
      expect(small, `${id}: text under 15 px`).toEqual([])
      expect(outside, `${id}: text past the screen's edge`).toEqual([])
    }
    // The page never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  })
}
