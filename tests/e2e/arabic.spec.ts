import { expect, test } from "@playwright/test"
import { arabic, PAGES } from "./routes"

for (const path of PAGES.map(arabic)) {
  test(`${path} is Arabic, right to left, and mostly Arabic text`, async ({ page }) => {
    const res = await page.goto(path)
    expect(res?.status()).toBe(200)
    await expect(page.locator("html")).toHaveAttribute("lang", "ar")
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl")
    const { arabicLetters, latinLetters } = await page.evaluate(() => {
      let a = 0
      let l = 0
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        // Quotations in their source language, addresses and code are not the page's own words.
        if (n.parentElement?.closest('script, style, [lang="en"], [dir="ltr"], textarea')) continue
        a += (n.textContent!.match(/[\u0600-\u06FF]/g) ?? []).length
        l += (n.textContent!.match(/[A-Za-z]/g) ?? []).length
      }
      return { arabicLetters: a, latinLetters: l }
    })
    expect(arabicLetters).toBeGreaterThan(latinLetters * 2)
  })
}

test("Arabic is drawn with a real Arabic font, not missing-glyph boxes", async ({ page }) => {
  await page.goto("/ar")
  await page.evaluate(() => document.fonts.ready)
  const result = await page.evaluate(() => {
    const family = getComputedStyle(document.querySelector("h1")!).fontFamily
    const draw = (text: string) => {
      const c = document.createElement("canvas")
      c.width = 400
      c.height = 80
      const ctx = c.getContext("2d")!
      ctx.font = `40px ${family}`
      ctx.fillText(text, 10, 55)
      return { data: Array.from(ctx.getImageData(0, 0, 400, 80).data), width: ctx.measureText(text).width }
    }
    const word = draw("بلاغات")
    // Separate letters, as they would look if the font could not join them.
    const detached = draw("ب ل ا غ ا ت")
    // U+FFFF is never a character: the font draws its missing-glyph box for it.
    const boxes = draw("\uFFFF\uFFFF\uFFFF\uFFFF\uFFFF\uFFFF")
    const same = (x: { data: number[] }, y: { data: number[] }) => x.data.every((v, i) => v === y.data[i])
    const ink = (x: { data: number[] }) => x.data.filter((v, i) => i % 4 === 3 && v > 0).length
    return {
      family,
      differsFromBoxes: !same(word, boxes),
      joined: word.width < detached.width * 0.8,
      ink: ink(word),
    }
  })
  expect(result.family).toMatch(/arabic/i)
  expect(result.differsFromBoxes).toBe(true)
  expect(result.joined).toBe(true)
  expect(result.ink).toBeGreaterThan(200)
})

test("the language switch keeps the route and the query, both ways", async ({ page }) => {
  await page.goto("/compare?series=ncmec-genai-reports")
  // The switch carries the query once hydrated (the server cannot know it on static pages). Wait for
  // hydration itself: this view is prerendered, so the server's placeholder already has the query, and
  // React replaces that placeholder with the final link as it hydrates; a click pressed across the swap
  // lands on neither (clicking without this wait lost the click in 21 of 190 runs).
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "")
  const toArabic = page.getByRole("link", { name: "Read this page in Arabic" })
  await expect(toArabic).toHaveAttribute("href", /\?series=ncmec-genai-reports$/)
  await toArabic.click()
  await expect(page).toHaveURL(/\/ar\/compare\?series=ncmec-genai-reports$/)
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl")
  await expect(page.locator("[data-comparison]")).toHaveCount(2)
  const toEnglish = page.getByRole("link", { name: "اقرأ هذه الصفحة بالإنجليزية" })
  await expect(toEnglish).toHaveAttribute("href", /\?series=ncmec-genai-reports$/)
  await toEnglish.click()
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/compare\?series=ncmec-genai-reports$/)
})

test("the language switch keeps the briefing slide", async ({ page }) => {
  await page.goto("/briefing?slide=4")
  await expect(page.locator(".deck[data-ready]")).toHaveCount(1)
  const toArabic = page.getByRole("link", { name: "Read this page in Arabic" })
  await expect(toArabic).toHaveAttribute("href", /\?slide=4$/)
  await toArabic.click()
  await expect(page).toHaveURL(/\/ar\/briefing\?slide=4$/)
  // Slide 4 is CyberTipline's change bridge, after its figure.
  await expect(page.locator("[data-slide-id][data-current]")).toHaveAttribute(
    "data-slide-id",
    "bridge-cybertipline-2023-2024",
  )
})

test("the seven figures are on /ar, with Arabic titles, takeaways, callouts and tables", async ({ page }) => {
  await page.goto("/ar")
  const figures = page.locator("[data-figure-id]")
  await expect(figures).toHaveCount(7)
  for (const figure of await figures.all()) {
    await expect(figure.getByRole("note")).toContainText("لماذا تغيّر هذا الرقم")
    await expect(figure.locator("[data-takeaway]")).toContainText(/[\u0600-\u06FF]{3}/)
  }
})

test("Arabic pages preload the Arabic font files they use; English pages do not", async ({ page }) => {
  const warnings: string[] = []
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()))
  await page.goto("/ar")
  await page.evaluate(() => document.fonts.ready)
  const preloads = await page
    .locator('link[rel="preload"][as="font"]')
    .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname))
  const arabic = preloads.filter((p) => p.includes("noto-sans-arabic"))
  expect(arabic).toHaveLength(2)
  // Each file is fetched once, by its preload, and the page uses it: Chrome warns about a preload that
  // nothing uses within a few seconds.
  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((e) => e.name.includes("noto-sans-arabic"))
      .map((e) => [new URL(e.name).pathname, (e as PerformanceResourceTiming).initiatorType]),
  )
  expect(fetched.sort()).toEqual(arabic.sort().map((p) => [p, "link"]))
  expect(await page.evaluate(() => document.fonts.check("700 16px arabicFont", "م"))).toBe(true)
  // Chrome warns about a preload nothing used a few seconds after load; instead of waiting those seconds,
  // check what the warning checks: every face of the Arabic font (one per preloaded file) was loaded.
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.fonts].filter((f) => f.family.replace(/"/g, "") === "arabicFont").map((f) => f.status),
      ),
    )
    .toEqual(["loaded", "loaded"])
  expect(warnings.filter((w) => /preload/i.test(w))).toEqual([])

  await page.goto("/")
  expect(await page.locator('link[rel="preload"][href*="noto-sans-arabic"]').count()).toBe(0)
})

test("the server sends each Arabic preload once, on prerendered and on-demand Arabic pages alike", async ({
  request,
}) => {
  // React's preload() (app/[locale]/layout.tsx), so the query views rendered on demand get it too; the
  // HTML rewrite it replaced reached prerendered pages only. React writes the hint into a prerendered
  // page's head, and sends it in the Link header of a page rendered on demand (before the HTML streams).
  const fontPreloads = async (path: string) => {
    const response = await request.get(path)
    const html = await response.text()
    const tags = [
      ...html.matchAll(/<link rel="preload" href="([^"]*noto-sans-arabic[^"]*)" as="font"[^>]*>/g),
    ]
    const header = [
      ...(response.headers()["link"] ?? "").matchAll(
        /<([^>]*noto-sans-arabic[^>]*)>; rel=preload; as="font"/g,
      ),
    ]
    return [...tags, ...header].map((m) => m[1])
  }
  for (const path of ["/ar", "/ar/figures/genai", "/ar/compare?series=ncmec-cybertipline-reports"]) {
    const hrefs = await fontPreloads(path)
    expect(hrefs, path).toHaveLength(2)
    expect(new Set(hrefs).size, path).toBe(2)
  }
  for (const path of ["/", "/figures/genai", "/compare?series=ncmec-cybertipline-reports"]) {
    expect(await fontPreloads(path), path).toEqual([])
  }
})

test("Arabic says a change's span in words and joins with the Arabic comma, so nothing reads backwards", async ({
  page,
}) => {
  // "2021 → 2022" laid out right to left shows the arrow pointing from 2022 back to 2021.
  await page.goto("/ar/compare?series=ncmec-cybertipline-reports&from=2021&to=2022")
  const row = page.locator('[data-comparison="ncmec-cybertipline-reports:2021:2022"]')
  await expect(row).toContainText("من 2021 إلى 2022")
  await expect(row).toContainText("من 29,397,681 إلى 32,059,029")
  await expect(row).not.toContainText("→")
  await page.goto("/ar")
  const change = page.locator('[data-figure-id="cybertipline"] [data-change-id]').first()
  await expect(change).toContainText("بلاغات CyberTipline، من 2023 إلى 2024:")
  await page.goto("/ar/briefing?slide=3")
  await expect(page.locator(".deck[data-ready]")).toHaveCount(1)
  await expect(page.locator('[data-slide-id="cybertipline"] [data-headline]')).toContainText(
    "CyberTipline، 2024",
  )
  // The English edition keeps its arrow.
  await page.goto("/compare?series=ncmec-cybertipline-reports&from=2021&to=2022")
  await expect(page.locator('[data-comparison="ncmec-cybertipline-reports:2021:2022"]')).toContainText(
    "2021 → 2022",
  )
})
