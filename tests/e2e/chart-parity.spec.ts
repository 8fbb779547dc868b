import { expect, test, type Page } from "@playwright/test"
import { DRAW_WIDTH } from "@/lib/charts/size"
import { FIGURE_IDS } from "@/lib/charts/figure-defs"

// One chart, two drawings: the server's, in the HTML (components/charts/server-drawing.tsx), and the
// browser's (Recharts, components/charts/trend-chart.tsx and bars-chart.tsx), both from one layout
// (lib/charts/layout.ts). At the width the server draws at (a 1280-px window), every tick and every mark
// must be in the same place in both, within a pixel: where they differ, one of them has its own rule.

type Place = { x: number; y: number }
type Drawing = Record<string, Record<string, Place>>

/** Each panel's tick labels (by axis and value) and marks (by observation), centred, relative to the panel. */
async function drawing(page: Page, within: string): Promise<Drawing> {
  return page.locator("[data-chart-panel]").evaluateAll(
    (panels, sel) =>
      Object.fromEntries(
        panels.map((panel) => {
          const origin = panel.getBoundingClientRect()
          const centre = (el: Element) => {
            const r = el.getBoundingClientRect()
            return {
              x: Math.round((r.x + r.width / 2 - origin.x) * 10) / 10,
              y: Math.round((r.y + r.height / 2 - origin.y) * 10) / 10,
            }
          }
          const places: Record<string, { x: number; y: number }> = {}
          for (const t of panel.querySelectorAll(`${sel} [data-tick]`))
            places[`tick ${t.getAttribute("data-tick")} ${t.getAttribute("data-value")}`] = centre(t)
          for (const g of panel.querySelectorAll(`${sel} [data-glyph]`))
            places[`mark ${g.closest("[data-key]")!.getAttribute("data-key")}`] = centre(g)
          return [panel.getAttribute("data-chart-panel")!, places]
        }),
      ),
    within,
  )
}

function farApart(server: Drawing, client: Drawing): string[] {
  const out: string[] = []
  for (const [panel, places] of Object.entries(server)) {
    const kinds = Object.keys(places).map((k) => k.split(" ")[0])
    expect(kinds.filter((k) => k === "mark").length, `${panel}: marks`).toBeGreaterThan(0)
    expect(kinds.filter((k) => k === "tick").length, `${panel}: ticks`).toBeGreaterThan(2)
    const other = client[panel] ?? {}
    expect(Object.keys(other).sort(), `${panel}: the same ticks and marks`).toEqual(
      Object.keys(places).sort(),
    )
    for (const [what, p] of Object.entries(places)) {
      const q = other[what]!
      if (Math.abs(p.x - q.x) > 1 || Math.abs(p.y - q.y) > 1)
        out.push(`${panel} ${what}: server ${p.x},${p.y} browser ${q.x},${q.y}`)
    }
  }
  return out
}

for (const locale of ["en", "ar"] as const) {
  for (const id of FIGURE_IDS) {
    test(`${locale} ${id}: the server's drawing and the browser's put every tick and mark in the same place`, async ({
      browser,
    }) => {
      const path = `${locale === "ar" ? "/ar" : ""}/figures/${id}`
      const viewport = { width: 1280, height: 900 }

      // The HTML as served, with no script: the server's drawing.
      const still = await browser.newContext({ viewport, javaScriptEnabled: false })
      const htmlPage = await still.newPage()
      await htmlPage.goto(path)
      const widths = await htmlPage
        .locator("[data-chart-panel]")
        .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().width)))
      expect(widths.length).toBeGreaterThan(0)
      // The width the server draws at is the box's at this window: the two drawings are the same size.
      for (const w of widths) expect(w).toBe(DRAW_WIDTH.page)
      const server = await drawing(htmlPage, "[data-server-drawing]")
      await still.close()

      // The same page, hydrated: the browser's drawing, once it has replaced the server's.
      const live = await browser.newContext({ viewport })
      const page = await live.newPage()
      await page.goto(path)
      const panels = page.locator("[data-chart-panel]")
      for (let i = 0; i < (await panels.count()); i++) {
        await panels.nth(i).scrollIntoViewIfNeeded()
        await expect(panels.nth(i).locator("[data-client-drawing] svg [data-glyph]").first()).toBeAttached()
        await expect(panels.nth(i).locator("[data-server-drawing]")).toHaveCount(0)
      }
      await page.evaluate(() => window.scrollTo(0, 0))
      const client = await drawing(page, "[data-client-drawing]")
      await live.close()

      expect(Object.keys(client).sort()).toEqual(Object.keys(server).sort())
      expect(farApart(server, client)).toEqual([])
    })
  }
}

// What `curl` gets: every chart panel of every page that draws charts holds its drawing, marks and labels
// included, in both languages, on a view rendered on demand (a deck opened on a slide) too.
const CHART_PAGES = [
  "/",
  ...FIGURE_IDS.map((id) => `/figures/${id}`),
  ...FIGURE_IDS.map((id) => `/embed/${id}`),
  "/sources/ncmec",
  "/briefing",
  "/briefing?slide=3",
]

for (const path of CHART_PAGES) {
  for (const locale of ["en", "ar"] as const) {
    const url = locale === "en" ? path : path === "/" ? "/ar" : `/ar${path}`
    test(`the server HTML of ${url} holds every chart's drawing`, async ({ request }) => {
      const html = await (await request.get(url)).text()
      // Each panel's markup runs from its opening tag to the next panel's (or the end).
      const panels = html.split(/(?=<div[^>]*data-chart-panel=")/).slice(1)
      expect(panels.length, "panels").toBeGreaterThan(0)
      for (const panel of panels) {
        const id = /data-chart-panel="([^"]+)"/.exec(panel)![1]
        const drawing = /<div[^>]*data-server-drawing[^>]*>([\s\S]*?)<\/svg>/.exec(panel)?.[1] ?? ""
        expect(drawing, `${id}: a drawing`).toContain("<svg")
        expect(drawing.match(/data-mark="observation"/g)?.length ?? 0, `${id}: marks`).toBeGreaterThan(0)
        expect(drawing.match(/data-tick="/g)?.length ?? 0, `${id}: labelled ticks`).toBeGreaterThan(2)
      }
    })
  }
}
