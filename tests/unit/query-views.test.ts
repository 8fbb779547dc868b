import { describe, expect, it } from "vitest"
import { compareSearchParams } from "@/lib/compare-params"
import { prerenderedRoute } from "@/lib/csp"
import { QUERY_VIEW_PAGES, queryViewRoute } from "@/lib/query-views"

const q = (s: string) => new URLSearchParams(s)
// As the proxy asks it: the browser's path is first mapped to its prerendered route.
const served = (path: string, search: string) => queryViewRoute(prerenderedRoute(path), q(search))

describe("queryViewRoute", () => {
  it.each([
    ["/compare", "series=x", "/en/compare/selection"],
    ["/compare/", "adjusted=false", "/en/compare/selection"],
    ["/ar/compare", "from=2023&to=2024", "/ar/compare/selection"],
    ["/briefing", "slide=3", "/en/briefing/selection"],
    ["/ar/briefing", "figures=iwf,inhope", "/ar/briefing/selection"],
    ["/briefing", "slide=", "/en/briefing/selection"],
    ["/ar/briefing", "view=presenter", "/ar/briefing/selection"],
  ])("%s?%s is served by %s", (path, search, route) => expect(served(path, search)).toBe(route))

  it.each([
    ["/compare", ""],
    ["/compare", "utm_source=mail"],
    ["/briefing", "series=x"],
    ["/", "series=x"],
    ["/sources", "slide=2"],
    ["/compare/selection", "series=x"],
    ["/fr/compare", "series=x"],
  ])("%s?%s is not", (path, search) => expect(served(path, search)).toBeNull())

  it("lists exactly the parameters /compare reads, so no view can reach the prerendered page", () => {
    expect([...QUERY_VIEW_PAGES["/compare"]!].sort()).toEqual(Object.keys(compareSearchParams).sort())
  })
})
