import { describe, expect, it } from "vitest"
import { API_ROUTES, apiRouteOf, unknownApiParameter } from "@/lib/http/api-routes"
import { getDataset } from "@/lib/data/dataset"
import {
  BRIEFING_PPTX_QUERY_SPEC,
  CHART_QUERY_SPEC,
  DATASET_DOWNLOAD_QUERY_SPEC,
  EXPORT_QUERY_SPEC,
  FIGURE_EXPORT_QUERY_SPEC,
  observationsQuerySpec,
} from "@/lib/http/api-query"

const q = (s: string) => new URLSearchParams(s)

describe("the API's routes", () => {
  it("list the parameters the routes parse with", () => {
    const byPath = Object.fromEntries(API_ROUTES.map((r) => [r.path, r.parameters]))
    expect(byPath["/api/observations"]).toEqual(Object.keys(observationsQuerySpec(getDataset())))
    expect(byPath["/api/figures/{id}/export"]).toEqual(Object.keys(FIGURE_EXPORT_QUERY_SPEC))
    expect(byPath["/api/series/{id}/export"]).toEqual(Object.keys(EXPORT_QUERY_SPEC))
    expect(byPath["/api/briefing/pptx"]).toEqual(Object.keys(BRIEFING_PPTX_QUERY_SPEC))
    expect(byPath["/api/series/{id}/chart"]).toEqual(Object.keys(CHART_QUERY_SPEC))
    expect(byPath["/api/dataset/download"]).toEqual(Object.keys(DATASET_DOWNLOAD_QUERY_SPEC))
  })

  it.each([
    ["/api/observations", "/api/observations"],
    ["/api/figures/genai", "/api/figures/{id}"],
    ["/api/figures/genai/export", "/api/figures/{id}/export"],
    ["/api/series/x/chart", "/api/series/{id}/chart"],
    ["/api/briefing/pptx", "/api/briefing/pptx"],
    ["/api/dataset/download", "/api/dataset/download"],
  ])("%s is %s", (path, route) => expect(apiRouteOf(path)?.path).toBe(route))

  it.each(["/api", "/api/nope", "/api/figures", "/api/figures/a/b", "/api/observations/x", "/api/dataset"])(
    "%s is no route",
    (path) => expect(apiRouteOf(path)).toBeUndefined(),
  )
})

describe("keys Next hides from a route", () => {
  it.each([
    // Next shows the proxy `nxtPid=genai` as `id=genai`, and the route nothing at all.
    ["/api/figures/genai", "id=genai", "id"],
    ["/api/observations", "format=csv&something=1", "something"],
    ["/api/sources", "x", "x"],
    ["/api/figures/genai/export", "format=svg&constructor=1", "constructor"],
    ["/api/dataset/download", "lang=en&format=csv", "format"],
  ])("%s?%s is rejected, naming %s", (path, search, parameter) => {
    expect(unknownApiParameter(path, q(search))).toEqual({
      parameter,
      error: expect.stringMatching(/^unknown parameter/),
    })
  })

  it.each([
    ["/api/observations", "series=x&format=csv&lang=ar"],
    ["/api/figures/genai/export", "format=svg&size=presentation&scale=log&lang=en"],
    ["/api/briefing/pptx", "lang=ar&figures=genai,iwf"],
    ["/api/dataset/download", "lang=ar"],
    ["/api/figures/genai/export", "format=xlsx&lang=ar"],
    ["/api/nope", "anything=1"],
  ])("%s?%s is left to the route", (path, search) =>
    expect(unknownApiParameter(path, q(search))).toBeUndefined(),
  )
})
