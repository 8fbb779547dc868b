import { expect, test } from "@playwright/test"
import { expectNoViolations } from "./axe"
import { readFile } from "node:fs/promises"
import { getDataset } from "@/lib/data/dataset"
import { pdfWords, type PdfPage } from "./pdf"
import { readPptx } from "../unit/pptx-file"
import { BRIDGES, DECK, slideOf } from "./deck"

const FIGURES = ["cybertipline", "genai", "enticement", "sextortion", "hosting", "inhope", "iwf"]

test.use({ viewport: { width: 1920, height: 1080 } })

const current = (page: import("@playwright/test").Page) => page.locator("[data-slide-id][data-current]")

/** Opens the deck and waits until its keys work. */
async function open(page: import("@playwright/test").Page, url: string) {
  await page.goto(url)
  await expect(page.locator(".deck[data-ready]")).toHaveCount(1)
}

test("the deck is title, how to read, the seven figures each followed by its change bridges, what report counts miss and a closing slide; only one is visible", async ({
  page,
}) => {
  await open(page, "/briefing")
  const ids = await page
    .locator("[data-slide-id]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-slide-id")))
  expect(ids).toEqual(DECK)
  await expect(page.locator("[data-slide-id]:visible")).toHaveCount(1)
  await expect(current(page)).toHaveAttribute("data-slide-id", "title")
})

test("keys and a clicker move through the deck, the URL follows, and a reload lands on the same slide", async ({
  page,
}) => {
  await open(page, "/briefing")
  await page.keyboard.press("ArrowRight")
  await expect(current(page)).toHaveAttribute("data-slide-id", "how-to-read")
  await expect(page).toHaveURL(/[?&]slide=2/)
  await page.keyboard.press("PageDown")
  await page.keyboard.press("Space")
  await expect(current(page)).toHaveAttribute("data-slide-id", BRIDGES.cybertipline!)
  await expect(page).toHaveURL(/[?&]slide=4/)
  await page.keyboard.press("ArrowLeft")
  await page.keyboard.press("PageUp")
  await expect(current(page)).toHaveAttribute("data-slide-id", "how-to-read")
  await page.keyboard.press("End")
  await expect(current(page)).toHaveAttribute("data-slide-id", "closing")
  await expect(page).toHaveURL(new RegExp(`[?&]slide=${DECK.length}$`))
  await page.reload()
  await expect(page.locator(".deck[data-ready]")).toHaveCount(1)
  await expect(current(page)).toHaveAttribute("data-slide-id", "closing")
  await page.keyboard.press("Home")
  await expect(current(page)).toHaveAttribute("data-slide-id", "title")
  // Slide 1 is the default, so the URL drops the parameter (and a reload lands on slide 1).
  await expect(page).toHaveURL(/\/briefing$/)
})

test("?figures= chooses and orders the figures", async ({ page }) => {
  await open(page, "/briefing?figures=genai,cybertipline&slide=3")
  const ids = await page
    .locator("[data-slide-id]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-slide-id")))
  expect(ids).toEqual([
    "title",
    "how-to-read",
    "genai",
    BRIDGES.genai,
    "cybertipline",
    BRIDGES.cybertipline,
    "report-gaps",
    "closing",
  ])
  await expect(current(page)).toHaveAttribute("data-slide-id", "genai")
})

test("every figure slide shows its headline, verdict, chart and caveat, not behind a hover", async ({
  page,
}) => {
  for (const id of FIGURES) {
    await open(page, `/briefing?slide=${slideOf(id)}`)
    const slide = current(page)
    await expect(slide).toHaveAttribute("data-slide-id", id)
    await expect(slide.getByRole("note")).toBeVisible()
    await expect(slide.locator("[data-callout] li").first()).toBeVisible()
    await expect(slide.locator("[data-headline-value]")).toBeVisible()
    await expect(slide.locator("[data-verdict-badge]")).toBeVisible()
    await expect(slide.locator("[data-chart-panel] svg:visible").first()).toBeVisible()
  }
})

test("each change bridge has a slide after its figure: the change, the drawing with its legend, each qualified part with what it rests on, and sources", async ({
  page,
}) => {
  for (const [figure, id] of Object.entries(BRIDGES)) {
    expect(DECK[DECK.indexOf(id) - 1], id).toBe(figure)
    await open(page, `/briefing?slide=${slideOf(id)}`)
    const slide = current(page)
    await expect(slide).toHaveAttribute("data-slide-id", id)
    await expect(slide.locator("[data-bridge-change]")).toContainText(/^Why it moved, drawn · .+ in all\.$/)
    // One drawing shown (the other theme's is hidden), named by the sentence that reads it.
    const drawing = slide.locator("[data-bridge-drawing]:visible")
    await expect(drawing).toHaveCount(1)
    await expect(drawing).toHaveAttribute("dir", "ltr")
    await expect(drawing.locator("svg[role=img]")).toHaveAttribute("aria-label", / in all\. /)
    expect(await slide.locator("[data-bridge-legend]:visible li").count()).toBeGreaterThan(3)
    await expect(slide.locator("[data-slide-sources]")).toContainText("Sources:")
  }
  await open(page, `/briefing?slide=${slideOf(BRIDGES.cybertipline!)}`)
  const cyber = current(page)
  await expect(cyber.locator("[data-bridge-change]")).toHaveText(
    "Why it moved, drawn · 2023 to 2024: about −15.7 million in all.",
  )
  await expect(cyber.locator("[data-bridge-parts]")).toContainText(
    "All other reporters: about −110,000 (range −210,000 to −10,000; medium confidence). Rests on: Takes Meta's 6.9 million to be counted in the same incidents as NCMEC's 29.2 million",
  )
  // The value the whole bridge rests on, shown with it.
  await expect(cyber.locator("[data-callout]")).toHaveText("Rests on: Assumes no bundling in 2023.")
  await page.keyboard.press("n")
  const notes = cyber.locator("[data-notes]")
  await expect(notes).toContainText("Computed: 29.2 million − 36,210,368 − (−6.9 million) = about −110,000")
  await expect(notes).toContainText("NCMEC has not published 2023 incidents")
  await expect(notes).toContainText("not in how many children were harmed")
  await open(page, `/briefing?slide=${slideOf(BRIDGES.inhope!)}`)
  await expect(current(page).locator("[data-bridge-parts]")).toContainText(
    "Rests on: Assumes SafeNet's 1.6 million are INHOPE records, which no source confirms",
  )
  // In Arabic: the words right to left, time in the drawing still left to right.
  await open(page, `/ar/briefing?slide=${slideOf(BRIDGES.cybertipline!)}`)
  await expect(current(page).locator("[data-bridge-change]")).toContainText("لماذا تغيّر الرقم، مرسومًا")
  await expect(current(page).locator("[data-bridge-drawing]:visible")).toHaveAttribute("dir", "ltr")
})

test("N shows the speaker notes with talking points, and N hides them", async ({ page }) => {
  await open(page, "/briefing?slide=3")
  const notes = current(page).locator("[data-notes]")
  await expect(notes).toBeHidden()
  await page.keyboard.press("n")
  await expect(notes).toBeVisible()
  await expect(notes).toContainText("so is it getting worse?")
  await page.keyboard.press("N")
  await expect(notes).toBeHidden()
})

test("at 1920×1080 no text on a slide is under 28 px", async ({ page }) => {
  for (const id of [
    "title",
    "how-to-read",
    "cybertipline",
    BRIDGES.cybertipline!,
    BRIDGES.genai!,
    "iwf",
    "report-gaps",
    "closing",
  ]) {
    await open(page, `/briefing?slide=${slideOf(id)}`)
    await expect(
      current(page).locator("[data-chart-panel] svg").or(current(page).locator("h1, h2")).first(),
    ).toBeVisible()
    const small = await current(page).evaluate((root) => {
      const out: string[] = []
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!
        if (!n.textContent!.trim() || el.closest("svg, [data-notes], .sr-only")) continue
        const size = parseFloat(getComputedStyle(el).fontSize)
        if (size < 28) out.push(`${size}px: ${n.textContent!.trim().slice(0, 40)}`)
      }
      return out
    })
    expect(small, id).toEqual([])
  }
})

for (const [width, height, url] of [
  [1024, 768, "/briefing"],
  [1024, 768, "/ar/briefing"],
  [1280, 720, "/ar/briefing"],
] as const) {
  test(`on a ${width}×${height} projector every control of ${url} is whole, on screen, apart from the others and below the slide`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height })
    await open(page, url)
    const controls = page.locator(".deck-controls")
    // Nothing hidden by scrolling or cut off: a narrow screen wraps the row (the slide scales to what is left).
    expect(await controls.evaluate((nav) => nav.scrollWidth <= nav.clientWidth + 1)).toBe(true)
    const slide = (await current(page).boundingBox())!
    const boxes = []
    for (const item of await controls.locator("button, a").all()) {
      const box = (await item.boundingBox())!
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(width)
      expect(box.y + box.height).toBeLessThanOrEqual(height)
      expect(box.y, "below the slide").toBeGreaterThanOrEqual(slide.y + slide.height - 1)
      boxes.push(box)
    }
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(
          a.x + a.width <= b.x + 1 ||
            b.x + b.width <= a.x + 1 ||
            a.y + a.height <= b.y + 1 ||
            b.y + b.height <= a.y + 1,
        ).toBe(true)
  })
}

test("a deck's charts are the server's drawings, at the stage's size, and load no chart code", async ({
  page,
}) => {
  const scripts: string[] = []
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url())
  })
  await open(page, "/briefing?slide=3")
  const chart = current(page).locator("[data-chart-panel]").first()
  await expect(chart.locator("[data-server-drawing] svg:visible [data-mark]").first()).toBeVisible()
  // Drawn for the box it is in (stage px, before the slide's scale): nothing for the browser to redraw.
  const { width, viewBox } = await chart.evaluate((el) => ({
    width: (el as HTMLElement).offsetWidth,
    viewBox: el.querySelector("svg")!.getAttribute("viewBox")!,
  }))
  expect(Math.abs(width - Number(viewBox.split(" ")[2]))).toBeLessThanOrEqual(1)
  await page.keyboard.press("PageDown")
  await page.keyboard.press("PageDown")
  await expect(page.locator("[data-client-drawing]")).toHaveCount(0)
  // The browser's chart drawing is not loaded at all on a deck. This asserts a bundle's content, not the
  // page: "recharts-surface" is a string only the charting library's drawing code holds (the class it
  // gives its SVG), so it is how that chunk is recognised among the scripts loaded.
  const loaded = await Promise.all(scripts.map((u) => page.request.get(u).then((r) => r.text())))
  expect(loaded.filter((js) => js.includes("recharts-surface"))).toEqual([])
})

test("Print slides (or P) opens the print dialogue with every slide's chart drawn", async ({ page }) => {
  await open(page, "/briefing")
  await page.evaluate(() => {
    const w = window as unknown as { printed: number }
    w.printed = 0
    window.print = () => void w.printed++
  })
  await page.getByRole("button", { name: "Print slides (P)" }).click()
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
  // Drawn by the server, far slides included: nothing waits for the browser's drawing.
  for (const id of FIGURES) {
    await expect(
      page.locator(`[data-slide-id="${id}"] [data-chart-panel] svg [data-mark]`).first(),
    ).toBeAttached()
  }
  // The key works from the slide (on a focused button, keys belong to the button).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.keyboard.press("p")
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2)
})

test("printing gives one slide per landscape page, each with its caveats and sources", async ({ page }) => {
  await open(page, "/briefing")
  // Slides far from the current one print the server's drawing.
  await expect(page.locator('[data-slide-id="cybertipline"] [data-client-drawing]')).toHaveCount(0)
  await page.emulateMedia({ media: "print" })
  for (const id of DECK) await expect(page.locator(`[data-slide-id="${id}"]`)).toBeVisible()
  for (const id of FIGURES) {
    await expect(page.locator(`[data-slide-id="${id}"] [data-chart-panel] svg:visible`).first()).toBeVisible()
  }
  // A bridge's drawing is server SVG: on paper without waiting for a script.
  for (const id of Object.values(BRIDGES))
    await expect(page.locator(`[data-slide-id="${id}"] [data-bridge-drawing] svg`).first()).toBeVisible()
  await expect(page.locator(".deck-controls")).toBeHidden()
  const pdf = await page.pdf({ landscape: true, printBackground: true })
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length
  expect(pages).toBe(DECK.length)
})

for (const format of ["A4", "Letter"] as const) {
  test(`printed on ${format}, the deck is one landscape page per slide, the same from any window, with no key hints`, async ({
    browser,
  }) => {
    test.setTimeout(120_000)
    const printed: PdfPage[][] = []
    for (const [width, height] of [
      [1920, 1080],
      [1024, 768],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height } })
      await open(page, "/briefing")
      await page.emulateMedia({ media: "print" })
      for (const id of FIGURES) {
        await expect(
          page.locator(`[data-slide-id="${id}"] [data-chart-panel] svg:visible`).first(),
        ).toBeVisible()
      }
      await page.evaluate(() => document.fonts.ready)
      printed.push(pdfWords(await page.pdf({ format, landscape: true, printBackground: true })))
      await page.close()
    }
    const [wide, small] = printed as [PdfPage[], PdfPage[]]
    expect(wide).toHaveLength(DECK.length)
    for (const [i, p] of wide.entries()) {
      expect(p.width, `page ${i + 1} is landscape`).toBeGreaterThan(p.height)
      // Every word on its page, none cut at an edge.
      for (const w of p.words) {
        const [x0, y0, x1, y1] = w.box as [number, number, number, number]
        expect(x0 >= 0 && y0 >= 0 && x1 <= p.width && y1 <= p.height, `page ${i + 1}: "${w.text}"`).toBe(true)
      }
      const text = p.words.map((w) => w.text).join(" ")
      expect(text, `page ${i + 1}`).not.toContain("Space: next")
      // The same page, word for word and place for place, whatever the window was.
      const other = small[i]!
      expect(other.words.map((w) => w.text)).toEqual(p.words.map((w) => w.text))
      for (const [j, w] of p.words.entries()) {
        const o = other.words[j]!
        for (const k of [0, 1, 2, 3]) expect(Math.abs(o.box[k]! - w.box[k]!)).toBeLessThan(0.5)
      }
    }
    // The figure slides carry their caveats and sources onto paper.
    const cyber = wide[DECK.indexOf("cybertipline")]!.words.map((w) => w.text).join(" ")
    expect(cyber).toContain("Why this moved")
    expect(cyber).toContain("Sources:")
  })
}

test("the deck has no accessibility violations (WCAG 2.2 AA)", async ({ page }) => {
  await open(page, "/briefing?slide=3")
  await expect(current(page).locator("[data-chart-panel] svg:visible").first()).toBeVisible()
  await expectNoViolations(page)
})

test("S opens the presenter view, and the presenter's and audience's windows move together", async ({
  page,
}) => {
  await open(page, "/briefing?slide=3")
  const [presenter] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("s")])
  await expect(presenter.locator('.deck[data-view="presenter"][data-ready]')).toHaveCount(1)
  // The same slide, the next one beside it, the talking points and a clock.
  await expect(current(presenter)).toHaveAttribute("data-slide-id", "cybertipline")
  await expect(presenter.locator(`[data-slide-id="${BRIDGES.cybertipline}"][data-next]`)).toBeVisible()
  await expect(presenter.locator("[data-presenter-next]")).toContainText("Next: ")
  await expect(presenter.locator("[data-presenter-notes]")).toContainText("so is it getting worse?")
  await expect(presenter.locator("[data-presenter-clock]")).toHaveText(/^\d+:\d\d$/)
  // A move in the presenter's window moves the audience's, and back.
  await presenter.keyboard.press("ArrowRight")
  await expect(current(presenter)).toHaveAttribute("data-slide-id", BRIDGES.cybertipline!)
  await expect(current(page)).toHaveAttribute("data-slide-id", BRIDGES.cybertipline!)
  await expect(page).toHaveURL(/slide=4/)
  await page.keyboard.press("PageUp")
  await expect(current(presenter)).toHaveAttribute("data-slide-id", "cybertipline")
  await presenter.keyboard.press("End")
  await expect(current(page)).toHaveAttribute("data-slide-id", "closing")
  await expect(presenter.locator("[data-presenter-next]")).toHaveText("This is the last slide.")
  // Every slide has talking points, the closing one included.
  await expect(presenter.locator("[data-presenter-notes]")).toContainText("Close on the support resources")
  await expectNoViolations(presenter)
})

test("a deck of other figures is not moved by this deck's presenter", async ({ page, context }) => {
  await open(page, "/briefing?figures=iwf,genai")
  const other = await context.newPage()
  await open(other, "/briefing")
  const [presenter] = await Promise.all([other.waitForEvent("popup"), other.keyboard.press("s")])
  await expect(presenter.locator('.deck[data-view="presenter"][data-ready]')).toHaveCount(1)
  await presenter.keyboard.press("ArrowRight")
  await expect(current(other)).toHaveAttribute("data-slide-id", "how-to-read")
  await expect(current(page)).toHaveAttribute("data-slide-id", "title")
})

test("/ar/briefing is the Arabic deck, where → is next as in English (a clicker sends →)", async ({
  page,
}) => {
  await open(page, "/ar/briefing")
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl")
  await page.keyboard.press("ArrowLeft")
  await expect(current(page)).toHaveAttribute("data-slide-id", "title")
  await page.keyboard.press("ArrowRight")
  await expect(current(page)).toHaveAttribute("data-slide-id", "how-to-read")
  await expect(current(page)).toContainText("كيف تُقرأ بيانات البلاغات")
  await page.keyboard.press("ArrowLeft")
  await expect(current(page)).toHaveAttribute("data-slide-id", "title")
  // The on-screen buttons sit as the keys point: back on the left, next on the right.
  const back = await page.getByRole("button", { name: "الشريحة السابقة" }).boundingBox()
  const next = await page.getByRole("button", { name: "الشريحة التالية" }).boundingBox()
  expect(back!.x).toBeLessThan(next!.x)
})

test("the deck says what report counts miss, every figure in its own unit with its study, in both languages", async ({
  page,
}) => {
  const context = getDataset().context
  for (const [path, locale] of [
    ["/briefing", "en"],
    ["/ar/briefing", "ar"],
  ] as const) {
    await open(page, path)
    await page.keyboard.press("End")
    await page.keyboard.press("ArrowLeft")
    const slide = current(page)
    await expect(slide).toHaveAttribute("data-slide-id", "report-gaps")
    await expect(slide.locator("[data-context-figure]")).toHaveCount(context.length)
    for (const f of context) await expect(slide).toContainText(f.study[locale])
    // Not a chart: these figures never share an axis with report counts.
    await expect(slide.locator("[data-chart-panel]")).toHaveCount(0)
    // Every figure is on the slide, not cut off below it.
    const bottom = (await slide.boundingBox())!
    for (const item of await slide.locator("[data-context-figure]").all()) {
      const box = (await item.boundingBox())!
      expect(
        box.y + box.height,
        `${locale}: ${await item.getAttribute("data-context-figure")}`,
      ).toBeLessThanOrEqual(bottom.y + bottom.height)
    }
  }
})

test("T (or the button) turns on the projector theme, white on black, remembered in the URL, and it prints light", async ({
  page,
}) => {
  await open(page, "/briefing?slide=3")
  const deck = page.locator(".deck")
  const slide = current(page)
  await expect(slide.locator("[data-chart-panel] svg:visible").first()).toBeVisible()
  await page.keyboard.press("t")
  await expect(deck).toHaveAttribute("data-theme", "projector")
  await expect(page).toHaveURL(/[?&]theme=projector/)
  const colours = () =>
    slide.evaluate((el) => ({
      background: getComputedStyle(el).backgroundColor,
      text: getComputedStyle(el).color,
      // The chart's own labels (axis values), which are SVG text: those shown (a slide's chart is drawn
      // in each theme, and the deck shows the one it is in).
      chartText: [...el.querySelectorAll("[data-chart-panel] svg text")]
        .filter((t) => t.checkVisibility())
        .map((t) => getComputedStyle(t).fill),
    }))
  await expect
    .poll(async () => (await colours()).chartText.every((f) => f === "rgb(255, 255, 255)"))
    .toBe(true)
  expect(await colours()).toMatchObject({ background: "rgb(0, 0, 0)", text: "rgb(255, 255, 255)" })
  // Only the legend in the chart's colours is shown.
  await expect(slide.locator('[data-ink="projector"]').first()).toBeVisible()
  await expect(slide.locator('[data-ink="light"]').first()).toBeHidden()
  await expectNoViolations(page)

  // A link to the deck keeps the theme, from the server's first paint on.
  await page.reload()
  await expect(page.locator(".deck[data-ready]")).toHaveCount(1)
  await expect(page.locator(".deck")).toHaveAttribute("data-theme", "projector")
  await expect(current(page).locator("[data-chart-panel] svg:visible").first()).toBeVisible()

  // Paper is white: printing draws the slide and its chart light.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")))
  await page.emulateMedia({ media: "print" })
  await expect.poll(async () => (await colours()).chartText.every((f) => f === "rgb(34, 34, 34)")).toBe(true)
  expect((await colours()).background).toBe("rgb(255, 255, 255)")
  await expect(current(page).locator('[data-ink="light"]').first()).toBeVisible()
  await page.emulateMedia({ media: "screen" })
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")))

  // And T again turns it off.
  await page.keyboard.press("t")
  await expect(page.locator(".deck")).toHaveAttribute("data-theme", "light")
  await expect(page).not.toHaveURL(/theme=/)
})

test("the deck's PowerPoint link downloads the same deck as a .pptx, in its language and order", async ({
  page,
}) => {
  test.setTimeout(90_000)
  const version = getDataset().meta.version
  for (const [url, locale, slides, third] of [
    ["/briefing", "en", DECK.length, "NCMEC CyberTipline reports and incidents, 2021–2024"],
    ["/ar/briefing?figures=iwf,genai", "ar", 7, "البلاغات التي قيّمتها IWF والتي أكدتها، 2023–2024"],
  ] as const) {
    await open(page, url)
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('.deck-controls a[data-download="pptx"]').click(),
    ])
    expect(file.suggestedFilename()).toBe(`briefing-deck_${locale}_${version}.pptx`)
    const deck = await readPptx(new Uint8Array(await readFile((await file.path())!)))
    expect(deck.slides, url).toHaveLength(slides)
    expect(deck.slides[2]!.texts[0], url).toBe(third)
    expect(deck.slides[2]!.images, url).toHaveLength(1)
    expect(deck.slides.at(-1)!.notes.length, url).toBeGreaterThan(0)
  }
})

test("in Arabic a change's sign is drawn in front of its number (−43%, not 43%−)", async ({ page }) => {
  await open(page, "/ar/briefing?slide=3")
  const change = current(page).locator("[data-headline-change]")
  await expect(change).toContainText("43%")
  const [sign, digit] = await change.evaluate((el) => {
    const text = el.firstChild as Text
    const at = (ch: string) => {
      const i = text.data.indexOf(ch)
      const r = document.createRange()
      r.setStart(text, i)
      r.setEnd(text, i + 1)
      return r.getBoundingClientRect().left
    }
    return [at("−"), at("4")]
  })
  expect(sign).toBeLessThan(digit)
})

// The deck used to read its keys through useSearchParams, which keeps a component out of a prerendered
// page's HTML: what the HTML showed was a stand-in, and the browser drew every slide again at load (about
// 300 ms of blocking time on a phone). Now the page hydrates the slides the server drew.
test("a prerendered deck hydrates the slides in its HTML: none is drawn again, in either language", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __removedSlides: number }
    w.__removedSlides = 0
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.removedNodes)
          if (n instanceof Element && (n.matches("[data-slide-id]") || n.querySelector("[data-slide-id]")))
            w.__removedSlides++
    }).observe(document, { childList: true, subtree: true })
  })
  for (const url of ["/briefing", "/ar/briefing?slide=3", "/briefing?slide=3&view=presenter"]) {
    await open(page, url)
    await expect(page.locator("html"), url).toHaveAttribute("data-hydrated", "")
    expect(
      await page.evaluate(() => (window as unknown as { __removedSlides: number }).__removedSlides),
      url,
    ).toBe(0)
  }
  // Drawn where it was asked for, and still moving and mirrored into the address.
  await expect(current(page)).toHaveAttribute("data-slide-id", "cybertipline")
  await expect(page.locator(".deck")).toHaveAttribute("data-view", "presenter")
  await page.keyboard.press("PageDown")
  await expect(page).toHaveURL(/\?slide=4&view=presenter$/)
})
