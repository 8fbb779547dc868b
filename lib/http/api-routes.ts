import {
  BRIEFING_PPTX_QUERY_SPEC,
  CHART_QUERY_SPEC,
  DATASET_DOWNLOAD_QUERY_SPEC,
  EXPORT_QUERY_SPEC,
  FIGURE_EXPORT_QUERY_SPEC,
  unknownParameter,
  type QueryError,
} from "./api-query"

/**
 * The API's routes and the query parameters each reads: what GET /api lists, and what proxy.ts checks
 * key names against. tests/unit/api-routes.test.ts holds the lists to the specs the routes parse with,
 * and the e2e tests hold every route to its list.
 */
export const API_ROUTES = [
  {
    path: "/api/observations",
    parameters: ["series", "source", "period", "country", "format", "lang"],
  },
  { path: "/api/series", parameters: ["source"] },
  { path: "/api/sources", parameters: [] },
  { path: "/api/caveats", parameters: ["series"] },
  { path: "/api/events", parameters: ["series"] },
  { path: "/api/figures/{id}", parameters: Object.keys(CHART_QUERY_SPEC) },
  { path: "/api/figures/{id}/export", parameters: Object.keys(FIGURE_EXPORT_QUERY_SPEC) },
  { path: "/api/series/{id}/chart", parameters: Object.keys(CHART_QUERY_SPEC) },
  { path: "/api/series/{id}/export", parameters: Object.keys(EXPORT_QUERY_SPEC) },
  { path: "/api/briefing/pptx", parameters: Object.keys(BRIEFING_PPTX_QUERY_SPEC) },
  { path: "/api/dataset/download", parameters: Object.keys(DATASET_DOWNLOAD_QUERY_SPEC) },
] as const satisfies readonly { path: string; parameters: readonly string[] }[]

const matchers = API_ROUTES.map((r) => ({
  route: r,
  regex: new RegExp(`^${r.path.replace("{id}", "[^/]+")}$`),
}))

/** The route a path under /api names, or undefined (the JSON 404). */
export const apiRouteOf = (pathname: string) => matchers.find((m) => m.regex.test(pathname))?.route

/**
 * A query key the route does not read, checked in the proxy because Next hides some keys from the route
 * itself: keys that begin with `nxtP` or `nxtI`, its own route-parameter prefixes, are removed before
 * the route runs and shown to the proxy without the prefix (`nxtPid` arrives as `id`), so each is an
 * unknown parameter like any other, named as the proxy sees it. (`__proto__` is dropped earlier still,
 * when Next parses the query into a plain object: no app code ever sees it, and the request is answered
 * as if it were not there.)
 */
export function unknownApiParameter(pathname: string, params: URLSearchParams): QueryError | undefined {
  const route = apiRouteOf(pathname)
  if (!route) return undefined
  const known: readonly string[] = route.parameters
  for (const name of params.keys()) {
    if (!known.includes(name)) return unknownParameter(name, known)
  }
  return undefined
}
