import { expect, test } from "@playwright/test"
import { expectNoViolations } from "./axe"
import { arabic, PAGES } from "./routes"

// A full axe scan of a long page takes seconds on two cores; give each page room.
test.describe.configure({ timeout: 90_000 })

// Every route in both languages, with its disclosures opened, so hidden content is checked too.
// The 404 page too (served for any path that is no page), in both languages, and the query view of every
// series for one pair of years, the longest /compare view.
const QUERY_VIEWS = ["/compare?from=2023&to=2024", "/ar/compare?from=2023&to=2024"]
for (const path of [...PAGES, ...PAGES.map(arabic), ...QUERY_VIEWS, "/no-such-page", "/ar/no-such-page"]) {
  test(`axe finds nothing on ${path}`, async ({ page }) => {
    await page.goto(path)
    await page.waitForLoadState("load")
    // Scan what a reader sees: the page with its first chart drawn (charts are drawn as they near the
    // viewport; in the deck, on the current slide and its neighbours, which briefing.spec.ts scans).
    const charts = page.locator("[data-chart-box]")
    if ((await page.locator(".deck").count()) > 0)
      await expect(page.locator(".deck[data-ready]")).toHaveCount(1)
    else if ((await charts.count()) > 0) await expect(charts.first().locator("svg").first()).toBeAttached()
    await page
      .locator("details")
      .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)))
    await expectNoViolations(page)
    // axe no longer flags duplicate ids on elements nobody focuses, but a reference (aria-*, a hatch
    // pattern's url(#id)) to a duplicated id may resolve to the wrong element: none is allowed.
    const duplicateIds = await page.evaluate(() => {
      const count = new Map<string, number>()
      for (const el of document.querySelectorAll("[id]")) count.set(el.id, (count.get(el.id) ?? 0) + 1)
      return [...count].filter(([, n]) => n > 1).map(([id]) => id)
    })
    expect(duplicateIds).toEqual([])
  })
}
