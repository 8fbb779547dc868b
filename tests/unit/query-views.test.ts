import { describe, expect, it } from "vitest"
import { compareSearchParams } from "@/lib/url/compare-params"
import { prerenderedRoute } from "@/lib/http/csp"
import {
  mayBePrerenderedViews,
  mayBeQueryView,
  PRERENDERED_VIEWS,
  QUERY_VIEW_PAGES,
  queryViewRoute,
} from "@/lib/http/query-views"

const q = (s: string) => new URLSearchParams(s)
// As the proxy asks it: the browser's path is first mapped to its prerendered route.
const served = (path: string, search: string) => queryViewRoute(prerenderedRoute(path), q(search))

// The model is Next's: a `has` rewrite on a query key matches a non-empty value, or a key given more than
// once (even empty); an empty or bare key does not, so Next serves the prerendered page for `?slide=`.
describe("queryViewRoute", () => {
  it.each([
    ["/compare", "series=x", "/en/compare/selection"],
    ["/compare/", "adjusted=false", "/en/compare/selection"],
    ["/ar/compare", "from=2023&to=2024", "/ar/compare/selection"],
    ["/briefing", "slide=3&view=presenter", "/en/briefing/selection"],
    ["/briefing", "slide=3&figures=iwf", "/en/briefing/selection"],
    ["/briefing", "slide=3&theme=projector", "/en/briefing/selection"],
    ["/briefing", "slide=3&year=2024", "/en/briefing/selection"],
    ["/briefing", "slide=3&view=&view=", "/en/briefing/selection"],
    ["/briefing", "slide=99", "/en/briefing/selection"],
    ["/briefing", "slide=16", "/en/briefing/selection"],
    ["/briefing", "slide=0", "/en/briefing/selection"],
    ["/briefing", "slide=03", "/en/briefing/selection"],
    ["/briefing", "slide=abc", "/en/briefing/selection"],
    ["/briefing", "slide=3x", "/en/briefing/selection"],
    ["/briefing", "slide=1%7C2", "/en/briefing/selection"],
    ["/briefing", "slide=3&slide=abc", "/en/briefing/selection"],
    // Prerendered: one listed value, no other key of the page with a value.
    ["/briefing", "slide=3", "/en/briefing/slide/3"],
    ["/briefing", "slide=1", "/en/briefing/slide/1"],
    ["/briefing", "slide=15", "/en/briefing/slide/15"],
    ["/ar/briefing", "slide=3", "/ar/briefing/slide/3"],
    ["/briefing/", "slide=3", "/en/briefing/slide/3"],
    ["/briefing", "slide=3&utm_source=mail", "/en/briefing/slide/3"],
    ["/briefing", "slide=3&view=&figures=&year=&theme=", "/en/briefing/slide/3"],
    ["/briefing", "slide=abc&slide=3", "/en/briefing/slide/3"],
    ["/briefing", "%73lide=3", "/en/briefing/slide/3"],
    ["/ar/briefing", "figures=iwf,inhope", "/ar/briefing/selection"],
    ["/ar/briefing", "view=presenter", "/ar/briefing/selection"],
    ["/briefing", "year=2024", "/en/briefing/selection"],
    ["/ar/briefing", "year=1999", "/ar/briefing/selection"],
    ["/briefing", "slide=&slide=", "/en/briefing/selection"],
    ["/compare", "series=&series=", "/en/compare/selection"],
    ["/compare", "series=&from=2023", "/en/compare/selection"],
    ["/compare", "%73eries=x", "/en/compare/selection"],
    ["/briefing", "slide=%20", "/en/briefing/selection"],
  ])("%s?%s is served by %s", (path, search, route) => expect(served(path, search)).toBe(route))

  it.each([
    ["/compare", ""],
    ["/compare", "utm_source=mail"],
    ["/briefing", "slide="],
    ["/briefing", "slide"],
    ["/briefing", "figures="],
    ["/briefing", "view="],
    ["/briefing", "year="],
    ["/compare", "series="],
    ["/compare", "adjusted"],
    ["/compare", "from=&to="],
    ["/compare", "Series=x"],
    ["/compare", "series%00=x"],
    ["/briefing", "series=x"],
    ["/", "series=x"],
    ["/sources", "slide=2"],
    ["/compare/selection", "series=x"],
    ["/fr/compare", "series=x"],
  ])("%s?%s is not", (path, search) => expect(served(path, search)).toBeNull())

  // That they are the default deck's slides, no more and no fewer, is checked against the deck itself, in
  // the prerendered /briefing (tests/e2e/query-views.spec.ts).
  it("lists the slide numbers 1, 2, … in order, so no slide number reaches a missing route", () => {
    const values = PRERENDERED_VIEWS["/briefing"]!.values
    expect(values.length).toBeGreaterThan(0)
    expect(PRERENDERED_VIEWS["/briefing"]).toEqual({
      key: "slide",
      values: Array.from({ length: values.length }, (_, i) => String(i + 1)),
    })
  })

  it("lists exactly the parameters /compare reads, so no view can reach the prerendered page", () => {
    expect([...QUERY_VIEW_PAGES["/compare"]!].sort()).toEqual(Object.keys(compareSearchParams).sort())
  })

  // The policy's safety margin (lib/http/csp.ts): whatever the model says, every request the selection route
  // or a prerendered view route could serve is seen as possibly served by it.
  it("is contained in mayBeQueryView, for a generated set of empty, repeated, encoded and mixed-case queries", () => {
    const keys = [...new Set(Object.values(QUERY_VIEW_PAGES).flat()), "utm_source", "x"]
    const variants = (k: string) => [
      `${k}=1`,
      `${k}=`,
      k,
      `${k}=&${k}=`,
      `${k}=1&${k}=`,
      `${k.toUpperCase()}=1`,
      `${k[0]!.toUpperCase()}${k.slice(1)}=`,
      `${encodeURIComponent(k).replace(/^./, (c) => `%${c.charCodeAt(0).toString(16)}`)}=1`,
      `${k}=%20`,
    ]
    let routed = 0
    let prerendered = 0
    for (const path of ["/compare", "/briefing", "/ar/compare", "/ar/briefing", "/sources", "/COMPARE"]) {
      for (const a of keys.flatMap(variants)) {
        for (const b of ["", "&utm_source=x", "&from=2023"]) {
          const search = q(`${a}${b}`)
          const route = prerenderedRoute(path)
          const served = queryViewRoute(route, search)
          if (served !== null) {
            routed++
            expect(mayBeQueryView(route, search), `${path}?${a}${b}`).toBe(true)
            if (!served.endsWith("/selection")) {
              prerendered++
              expect(mayBePrerenderedViews(route, search), `${path}?${a}${b}`).toContain(served)
            }
          }
        }
      }
    }
    expect(routed).toBeGreaterThan(100)
    expect(prerendered).toBeGreaterThan(10)
  })
})

describe("mayBePrerenderedViews", () => {
  it.each([
    ["/briefing", "slide=3", ["/en/briefing/slide/3"]],
    ["/ar/briefing", "Slide=3&view=presenter", ["/ar/briefing/slide/3"]],
    ["/BRIEFING", "slide=2&slide=3", ["/en/briefing/slide/2", "/en/briefing/slide/3"]],
    ["/briefing", "slide=99&slide=03", []],
    ["/compare", "slide=3", []],
    ["/sources", "slide=3", []],
  ])("%s?%s may be served by %j", (path, search, routes) =>
    expect(mayBePrerenderedViews(prerenderedRoute(path), q(search))).toEqual(routes),
  )
})

describe("mayBeQueryView", () => {
  it.each([
    ["/compare", "series="],
    ["/compare", "Series=x"],
    ["/briefing", "slide"],
    ["/COMPARE", "series=x"],
    ["/ar/briefing", "VIEW="],
  ])("%s?%s may be a query view", (path, search) =>
    expect(mayBeQueryView(prerenderedRoute(path), q(search))).toBe(true),
  )
  it.each([
    ["/compare", "utm_source=x"],
    ["/compare", ""],
    ["/sources", "series=x"],
    ["/briefing", "series=x"],
  ])("%s?%s is not", (path, search) => expect(mayBeQueryView(prerenderedRoute(path), q(search))).toBe(false))
})
