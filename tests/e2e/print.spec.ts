import { expect, test, type Page } from "@playwright/test"
import { pdfWords } from "./pdf"

// Charts draw lazily (components/charts/draw-gate.tsx), so printing must draw them first: Ctrl+P on any
// page opens the print dialogue only once every chart has its drawing. window.print is replaced by a
// probe that records, at the moment the dialogue would open, how many panels have their drawing.

async function probePrint(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { prints: { panels: number; drawn: number }[] }
    w.prints = []
    window.print = () => {
      const panels = [...document.querySelectorAll("[data-chart-panel]")]
      w.prints.push({ panels: panels.length, drawn: panels.filter((p) => p.querySelector("svg")).length })
    }
  })
}

const prints = (page: Page) =>
  page.evaluate(() => (window as unknown as { prints: { panels: number; drawn: number }[] }).prints)

test("Ctrl+P on the dashboard draws every chart before the print dialogue opens", async ({ page }) => {
  await page.goto("/")
  // Script-only buttons are enabled once the page has hydrated (components/use-hydrated.ts).
  await expect(page.getByRole("button", { name: /PNG/ }).first()).toBeEnabled()
  await probePrint(page)
  // The figures far down the page are not drawn yet.
  await expect(page.locator('[data-figure-id="iwf"] [data-chart-panel] svg')).toHaveCount(0)
  await page.keyboard.press("Control+p")
  await expect.poll(() => prints(page)).toHaveLength(1)
  const [first] = await prints(page)
  expect(first!.panels).toBeGreaterThanOrEqual(7)
  expect(first!.drawn).toBe(first!.panels)
})

test("⌘P and Ctrl+P in the Arabic deck draw every slide's chart before the dialogue opens", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.goto("/ar/briefing")
  await expect(page.locator(".deck[data-ready]")).toHaveCount(1)
  await probePrint(page)
  await expect(page.locator('[data-slide-id="iwf"] [data-chart-panel] svg')).toHaveCount(0)
  await page.keyboard.press("Meta+p")
  await expect.poll(() => prints(page)).toHaveLength(1)
  await page.keyboard.press("Control+p")
  await expect.poll(() => prints(page)).toHaveLength(2)
  for (const p of await prints(page)) expect(p.drawn).toBe(p.panels)
  // The deck stayed on its slide: Ctrl+P is not the deck's P.
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
