import { expect, test, type Locator } from "@playwright/test"

// Right to left, SVG text-anchor "start" and "end" swap sides, which once put the Arabic charts' axis
// and bar labels over the plot. Here the browser lays out every chart, on the page and in the exported
// SVG, in both languages, and no axis or value label may cover a mark (event labels sit above the plot
// and are checked by the figure tests).

/** The labels of a drawn chart whose box covers one of its marks by more than a pixel. */
async function labelsOverMarks(svg: Locator): Promise<string[]> {
  return svg.evaluate((root) => {
    const marks = [...root.querySelectorAll("[data-mark]")]
      .map((m) => m.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
    const over = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1
    // A text's box is its font's whole line box, and the Arabic font's is tall: digits printed just
    // above the next bar would count as over it. The middle half of the box is where the ink of digits,
    // % signs and most letters is.
    const ink = (t: SVGTextElement) => {
      const r = t.getBoundingClientRect()
      return new DOMRect(r.x, r.y + r.height / 4, r.width, r.height / 2)
    }
    return [...root.querySelectorAll("text")]
      .filter((t) => !t.closest("[data-event-label]") && !t.hasAttribute("data-event-label"))
      .filter((t) => t.textContent?.trim())
      .filter((t) => marks.some((m) => over(ink(t), m)))
      .map((t) => t.textContent!.trim())
  })
}

for (const locale of ["en", "ar"] as const) {
  for (const id of ["hosting", "cybertipline"]) {
    test(`${locale} ${id}: no axis or value label covers a mark, on the page or in the SVG export`, async ({
      page,
      request,
    }) => {
      await page.goto(`${locale === "ar" ? "/ar" : ""}/figures/${id}`)
      const panels = page.locator("[data-chart-panel]")
      const count = await panels.count()
      expect(count).toBeGreaterThan(0)
      for (let i = 0; i < count; i++) {
        await panels.nth(i).scrollIntoViewIfNeeded()
        const svg = panels.nth(i).locator("[data-client-drawing] svg")
        await expect(svg.locator("[data-mark]").first()).toBeAttached()
        expect(await labelsOverMarks(svg), `panel ${i}`).toEqual([])
      }

      const res = await request.get(`/api/figures/${id}/export?format=svg&lang=${locale}`)
      expect(res.status()).toBe(200)
      const file = (await res.text()).replace(/^<\?xml[^>]*>/, "")
      await page.setContent(`<!doctype html><html><body style="margin:0">${file}</body></html>`)
      const exported = page.locator("body > svg")
      await expect(exported.locator("[data-mark]").first()).toBeAttached()
      expect(await labelsOverMarks(exported)).toEqual([])
    })
  }
}
