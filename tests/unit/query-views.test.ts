import { describe, expect, it } from "vitest"
import { compareSearchParams } from "@/lib/url/compare-params"
import { prerenderedRoute } from "@/lib/http/csp"
import {
  mayBePrerenderedViews,
  mayBeQueryView,
  PRERENDERED_VIEWS,
  prerenderedViewParams,
  QUERY_VIEW_PAGES,
  queryViewRoute,
  routeView,
  singleValued,
} from "@/lib/http/query-views"
import { comparablePeriods } from "@/lib/analysis/compare-pair"
import { getDataset } from "@/lib/data/dataset"
import { isValidTo } from "@/lib/url/compare-to"

const q = (s: string) => new URLSearchParams(s)
// As the proxy asks it: the browser's path is first mapped to its prerendered route.
const served = (path: string, search: string) => queryViewRoute(prerenderedRoute(path), q(search))

// The model is Next's: a `has` rewrite on a query key matches a non-empty value, or a key given more than
// once (even empty); an empty or bare key does not, so Next serves the prerendered page for `?slide=`.
describe("queryViewRoute", () => {
  it.each([
    ["/compare", "series=x", "/en/compare/selection"],
    ["/compare/", "adjusted=false", "/en/compare/selection"],
    ["/ar/compare", "from=2023&to=2024&adjusted=false", "/ar/compare/selection"],
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
    // One listed series, or one listed pair of periods, and no other key of /compare with a value.
    ["/compare", "series=ncmec-genai-reports", "/en/compare/series/ncmec-genai-reports"],
    ["/ar/compare", "series=iwf-reports-assessed&utm_source=x", "/ar/compare/series/iwf-reports-assessed"],
    ["/compare", "series=ncmec-genai-reports&adjusted=&from=", "/en/compare/series/ncmec-genai-reports"],
    ["/compare", "from=2023&to=2024", "/en/compare/from/2023/to/2024"],
    ["/compare", "to=2024&from=2023", "/en/compare/from/2023/to/2024"],
    ["/ar/compare", "from=2024-H1&to=2025-H1", "/ar/compare/from/2024-H1/to/2025-H1"],
    ["/compare", "series=ncmec-genai-reports&adjusted=false", "/en/compare/selection"],
    ["/compare", "series=ncmec-genai-reports&from=2024-H1", "/en/compare/selection"],
    ["/compare", "series=NCMEC-genai-reports", "/en/compare/selection"],
    ["/compare", "series=ncmec-genai-reports&source=ncmec", "/en/compare/selection"],
    ["/compare", "from=2024&to=2023", "/en/compare/selection"],
    ["/compare", "from=2023&to=2024-H1", "/en/compare/selection"],
    ["/compare", "from=2023", "/en/compare/selection"],
    ["/compare", "from=2023&to=2024&series=iwf-reports-assessed", "/en/compare/selection"],
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
    const [slides, ...others] = PRERENDERED_VIEWS["/briefing"]!
    expect(others).toEqual([])
    expect(slides!.values.length).toBeGreaterThan(0)
    expect(slides).toEqual({
      keys: ["slide"],
      values: Array.from({ length: slides!.values.length }, (_, i) => [String(i + 1)]),
    })
  })

  // A series or pair the data gains would otherwise be served on demand, and one it loses would be a
  // prerendered page of nothing.
  it("lists every series of the dataset, and every pair of periods the controls offer without a series", () => {
    const dataset = getDataset()
    const periods = comparablePeriods(dataset)
    expect(PRERENDERED_VIEWS["/compare"]).toEqual([
      { keys: ["series"], values: dataset.series.map((s) => [s.id]) },
      {
        keys: ["from", "to"],
        values: periods.flatMap((from) =>
          periods.filter((to) => to !== from && isValidTo(from, to)).map((to) => [from, to]),
        ),
      },
    ])
  })

  it("gives each view route its static params", () => {
    expect(prerenderedViewParams("/briefing", ["slide"]).slice(0, 2)).toEqual([
      { slide: "1" },
      { slide: "2" },
    ])
    expect(prerenderedViewParams("/compare", ["from", "to"])).toContainEqual({ from: "2023", to: "2024" })
    expect(prerenderedViewParams("/compare", ["to", "from"])).toEqual([])
    expect(prerenderedViewParams("/sources", ["series"])).toEqual([])
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
    ["/compare", "SERIES=ncmec-genai-reports&from=2023", ["/en/compare/series/ncmec-genai-reports"]],
    ["/compare", "from=2023&To=2024&series=x", ["/en/compare/from/2023/to/2024"]],
    ["/compare", "from=2023", []],
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

// What the language link and the fallback controls see while a view route is prerendered.
describe("routeView", () => {
  it.each([
    ["/en/compare/series/ncmec-genai-reports", "/en/compare", "series=ncmec-genai-reports"],
    ["/ar/compare/from/2024-H1/to/2025-H1", "/ar/compare", "from=2024-H1&to=2025-H1"],
    ["/en/briefing/slide/3", "/en/briefing", "slide=3"],
    ["/en/compare", "/en/compare", ""],
    ["/compare", "/compare", ""],
    ["/ar/sources/ncmec", "/ar/sources/ncmec", ""],
    ["/en/compare/series", "/en/compare/series", ""],
    ["/en/compare/to/2024/from/2023", "/en/compare/to/2024/from/2023", ""],
  ])("%s is the view %s?%s", (pathname, path, search) =>
    expect(routeView(pathname)).toEqual({ path, search }),
  )

  it("is the inverse of queryViewRoute for every prerendered view", () => {
    for (const [page, shapes] of Object.entries(PRERENDERED_VIEWS)) {
      for (const { keys, values } of shapes) {
        for (const view of values) {
          const search = new URLSearchParams(keys.map((k, i) => [k, view[i]!]))
          const route = queryViewRoute(`/ar${page}`, search)!
          expect(routeView(route)).toEqual({ path: `/ar${page}`, search: search.toString() })
        }
      }
    }
  })
})

describe("singleValued", () => {
  it.each([
    ["/en/compare", "series=a&series=b", "series=a"],
    [
      "/en/compare",
      "from=2023&utm_source=x&from=2022&to=2024&utm_source=y",
      "from=2023&utm_source=x&to=2024&utm_source=y",
    ],
    ["/ar/briefing", "slide=5&slide=3", "slide=5"],
    ["/en/briefing", "slide=&slide=3", "slide="],
  ])("%s?%s is %s", (route, search, once) => expect(singleValued(route, q(search))?.toString()).toBe(once))

  it.each([
    ["/en/compare", "series=a"],
    ["/en/compare", "utm_source=a&utm_source=b"],
    ["/en/sources", "series=a&series=b"],
    ["/en/compare", "Series=a&series=b"],
  ])("%s?%s is left as it is", (route, search) => expect(singleValued(route, q(search))).toBeNull())
})
