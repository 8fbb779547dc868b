import { expect, test, type Page } from "@playwright/test"
import { pdfText, pdfWords } from "./pdf"

// Every chart is drawn on the server into the HTML (components/charts/server-drawing.tsx), so printing
// needs no script: the browser's own Print menu, or a page printed before (or without) any script, has
// every chart. The deck's Print button and P open the dialogue at once. window.print is replaced by a
// probe that records, at the moment the dialogue would open, how many panels have a drawing.

async function probePrint(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { prints: { panels: number; drawn: number }[] }
    w.prints = []
    window.print = () => {
      const panels = [...document.querySelectorAll("[data-chart-panel]")]
      w.prints.push({
        panels: panels.length,
        drawn: panels.filter((p) => p.querySelector("svg [data-mark]")).length,
      })
    }
  })
}

const prints = (page: Page) =>
  page.evaluate(() => (window as unknown as { prints: { panels: number; drawn: number }[] }).prints)

for (const locale of ["en", "ar"] as const) {
  test(`the ${locale} dashboard printed with no script run has every chart, its marks and its labels`, async ({
    browser,
  }) => {
    test.setTimeout(90_000)
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(locale === "en" ? "/" : "/ar")
    const panels = page.locator("[data-chart-panel]")
    const count = await panels.count()
    expect(count).toBeGreaterThanOrEqual(10)
    // Each panel's labels, as drawn: the axis, country, value and event labels in its SVG.
    const labels: { text: string; event: boolean }[][] = []
    for (let i = 0; i < count; i++) {
      const panel = panels.nth(i)
      await expect(panel.locator("svg [data-mark]").first()).toBeAttached()
      labels.push(
        await panel.locator("svg text").evaluateAll((els) =>
          els.map((e) => ({
            text: (e.textContent ?? "").replace(/[\u202A-\u202E]/g, "").trim(),
            event: e.hasAttribute("data-event-label"),
          })),
        ),
      )
    }
    await page.emulateMedia({ media: "print" })
    const pages = pdfText(await page.pdf({ format: "A4", preferCSSPageSize: true }))
    // Every chart's every label is on paper: a chart left blank would take its labels with it. Labels are
    // counted, so the same label in two charts must be printed twice. pdftotext splits Arabic words into
    // pieces, sets bidi marks around numbers and reads a right-to-left "20%" as "%20", so text is compared
    // without spaces or marks, in NFKC, each percent sign after its number.
    const strip = (t: string) =>
      t
        .normalize("NFKC")
        .replace(/[\s\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, "")
        .replace(/%(\d[\d.,]*)/g, "$1%")
    const printed = pages.map((p) => p.split("\n").map(strip).join("|")).join("|")
    // Event labels stand in rows a line apart above the plot, and pdftotext interleaves right-to-left
    // rows that close: of an Arabic event label, its numbers and Latin words are checked.
    const pieces = (l: { text: string; event: boolean }) =>
      locale === "ar" && l.event ? (l.text.match(/[A-Za-z0-9][A-Za-z0-9.,%]*|%\d[\d.,]*/g) ?? []) : [l.text]
    const need = new Map<string, number>()
    for (const label of labels.flat().flatMap(pieces).map(strip).filter(Boolean))
      need.set(label, (need.get(label) ?? 0) + 1)
    const missing = [...need]
      .filter(([label, n]) => printed.split(label).length - 1 < n)
      .map(([label, n]) => `${label} ×${n}`)
    expect(missing).toEqual([])
    await context.close()
  })
}

test("the Arabic deck's Print and P open the dialogue at once, every slide's chart in the page", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto("/ar/briefing")
  await expect(page.locator(".deck[data-ready]")).toHaveCount(1)
  await probePrint(page)
  await page.keyboard.press("p")
  await expect.poll(() => prints(page)).toHaveLength(1)
  await page.getByRole("button", { name: "طباعة الشرائح (P)" }).click()
  await expect.poll(() => prints(page)).toHaveLength(2)
  for (const p of await prints(page)) {
    expect(p.panels).toBeGreaterThanOrEqual(10)
    expect(p.drawn).toBe(p.panels)
  }
  // The deck stayed on its slide.
  await expect(page.locator("[data-slide-id][data-current]")).toHaveAttribute("data-slide-id", "title")
})

test("printing the dashboard keeps the reader's paper, portrait, prints the data tables, and leaves out the download boxes", async ({
  page,
}) => {
  test.setTimeout(90_000)
  await page.goto("/")
  await expect(page.getByRole("button", { name: /PNG/ }).first()).toBeEnabled()
  // As the browser's own Print menu does: beforeprint, then print media.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")))
  await page.emulateMedia({ media: "print" })
  await expect(page.locator("details[data-print-open]").first()).toHaveAttribute("open", "")
  // With the page's own CSS page size honoured: the deck's landscape, zero-margin page is the deck's
  // alone, so the dashboard prints on the paper the reader chose, portrait.
  const pages = pdfWords(await page.pdf({ format: "Letter", preferCSSPageSize: true }))
  const text = pages.map((p) => p.words.map((w) => w.text).join(" ")).join(" ")
  for (const p of pages) expect(p.height).toBeGreaterThan(p.width)
  // A value that is only in a data table: 2022's CyberTipline reports.
  expect(text).toContain("32,059,029")
  expect(text).not.toContain("Download or share this figure")
  expect(text).not.toContain("Point at a mark")
  // And the tables fold away again afterwards.
  await page.emulateMedia({ media: "screen" })
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")))
  await expect(page.locator("details[data-print-open][open]")).toHaveCount(0)
})
