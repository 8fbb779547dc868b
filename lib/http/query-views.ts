import config from "./query-views.json"

/**
 * /compare and /briefing are the two pages whose view is chosen in the query (`?series=…`, `?slide=…`).
 * A page that reads its query can only be rendered on demand, and a page rendered on demand cannot be
 * rewritten after the build to paint before its scripts load (lib/build/defer-hydration.ts) or served from a
 * CDN. So each has two routes:
 * - the page itself (`/compare`), with no query: prerendered, like every other page;
 * - its "selection" route (`/compare/selection`), rendered on demand, which serves every request that
 *   carries one of the page's query parameters.
 * next.config.js rewrites `/compare?series=x` to the selection route (the address stays `/compare?…`)
 * and redirects the selection route's own address to the page. proxy.ts gives the selection route a
 * nonce-based policy. This file and query-views.json are the one list all three read.
 *
 * The most common views are a known set of values of a few keys, and no other key of the page: a slide of
 * the default deck (`/briefing?slide=3`), one series (`/compare?series=x`), one pair of periods
 * (`/compare?from=2023&to=2024`). Each of those is a prerendered route of its own (`/briefing/slide/3`,
 * `/compare/from/2023/to/2024`: `prerendered` in query-views.json), which next.config.js rewrites to
 * before the selection rewrites, so it paints before its scripts load and is served as fast as the page
 * itself. Any other value (`?slide=99`, `?slide=03`) or any other key of the page
 * (`?slide=3&view=presenter`) still goes to the selection route: a prerendered route exists only for the
 * listed values.
 */
const QUERY_VIEW_SEGMENT: string = config.segment
export const QUERY_VIEW_PAGES: Readonly<Record<string, readonly string[]>> = config.pages

/** One kind of prerendered view of a page: its keys, in the order its route names them, and each set of values. */
type ViewShape = { keys: readonly string[]; values: readonly (readonly string[])[] }
/** Page → the kinds of view that have prerendered routes of their own. */
export const PRERENDERED_VIEWS: Readonly<Record<string, readonly ViewShape[]>> = config.prerendered

/** The prerendered route of one view: ("/en/compare", ["from", "to"], ["2023", "2024"]) → "/en/compare/from/2023/to/2024". */
export const prerenderedViewRoute = (route: string, keys: readonly string[], values: readonly string[]) =>
  route + keys.map((k, i) => `/${k}/${values[i]}`).join("")

/** A view route's generateStaticParams: ("/compare", ["series"]) → [{ series: "ncmec-…" }, …]. */
export function prerenderedViewParams(page: string, keys: readonly string[]): Record<string, string>[] {
  const shape = PRERENDERED_VIEWS[page]?.find((s) => s.keys.join() === keys.join())
  return (shape?.values ?? []).map((values) => Object.fromEntries(keys.map((k, i) => [k, values[i]!])))
}

/** Each kind of view route as a pattern: "/en/compare/from/2023/to/2024" → page route, then each value. */
const VIEW_ROUTES = Object.entries(PRERENDERED_VIEWS).flatMap(([page, shapes]) =>
  shapes.map(({ keys }) => ({
    keys,
    pattern: new RegExp(`^(/(?:en|ar)${page})${keys.map((k) => `/${k}/([^/]+)`).join("")}/?$`),
  })),
)

/**
 * The address a reader sees for the route being rendered: while a prerendered view is rendered, the path
 * (usePathname) is its route, "/en/compare/series/x", but the reader is at "/compare?series=x".
 * → { path: "/en/compare", search: "series=x" }. Any other path is its own address, with no query.
 */
export function routeView(pathname: string): { path: string; search: string } {
  for (const { pattern, keys } of VIEW_ROUTES) {
    const match = pattern.exec(pathname)
    if (!match) continue
    const search = new URLSearchParams(keys.map((k, i) => [k, decodeURIComponent(match[i + 2]!)]))
    return { path: match[1]!, search: search.toString() }
  }
  return { path: pathname, search: "" }
}

/**
 * Whether Next's `has` rewrite matches a query key: only when the key has a non-empty value, or is given
 * more than once (Next then sees an array, which counts even if every value is empty). So `?series=`,
 * `?series` and `?from=&to=` get the prerendered page, and `?series=&series=` the selection route
 * (matchHas in next/dist/shared/lib/router/utils/prepare-destination.js, on the query Next parses with
 * URLSearchParams, so an encoded key such as `%73eries` is `series`).
 */
function rewriteMatches(search: URLSearchParams, key: string): boolean {
  const values = search.getAll(key)
  return values.length > 1 || (values.length === 1 && values[0] !== "")
}

const pageOf = (route: string) => /^\/(?:en|ar)(\/[^/]+)$/.exec(route)?.[1]

/**
 * The prerendered view route the first rewrites send a request to (next.config.js), or null. Next tests
 * each `has` value's regex, anchored, against the key's value, the last one if the key is repeated; and a
 * `missing` key blocks the rewrite exactly when a `has` rewrite on it would match (rewriteMatches), so
 * the page's other keys may be absent or empty. (A repeated key never gets this far from a browser: the
 * proxy first redirects it to the value the page reads, singleValued below.)
 */
function prerenderedView(route: string, page: string, search: URLSearchParams): string | null {
  for (const { keys, values } of PRERENDERED_VIEWS[page] ?? []) {
    const others = (QUERY_VIEW_PAGES[page] ?? []).filter((k) => !keys.includes(k))
    if (others.some((k) => rewriteMatches(search, k))) continue
    const given = keys.map((k) => search.getAll(k).at(-1))
    const view = values.find((v) => v.every((value, i) => value === given[i]))
    if (view) return prerenderedViewRoute(route, keys, view)
  }
  return null
}

/**
 * The route that serves a request, as the rewrites resolve it, given the prerendered route its path
 * maps to (lib/http/csp.ts prerenderedRoute) and its query: "/en/briefing" with "?slide=2" →
 * "/en/briefing/slide/2" (prerendered), "/en/compare" with "?series=x" → "/en/compare/selection",
 * "/ar/briefing" with "?slide=2&view=presenter" → "/ar/briefing/selection". Null for every other
 * request, including "/en/compare" with "?series=" (an empty value does not match).
 */
export function queryViewRoute(route: string, search: URLSearchParams): string | null {
  const page = pageOf(route)
  const keys = page === undefined ? undefined : QUERY_VIEW_PAGES[page]
  if (page === undefined || !keys) return null
  const prerendered = prerenderedView(route, page, search)
  if (prerendered) return prerendered
  return keys.some((k) => rewriteMatches(search, k)) ? `${route}/${QUERY_VIEW_SEGMENT}` : null
}

/**
 * The prerendered view routes that might serve a request: each view whose every key the query gives that
 * view's value, in any letter case of the key and whatever else the query holds. A superset of the
 * prerendered routes queryViewRoute returns, so that the Content-Security-Policy also allows those pages'
 * scripts if Next's matching ever differs from the model above.
 */
export function mayBePrerenderedViews(route: string, search: URLSearchParams): string[] {
  const lower = route.toLowerCase()
  const page = pageOf(lower)
  const entries = [...search].map(([k, v]) => [k.toLowerCase(), v] as const)
  const has = (key: string, value: string) => entries.some(([k, v]) => k === key && v === value)
  return (page === undefined ? [] : (PRERENDERED_VIEWS[page] ?? [])).flatMap(({ keys, values }) =>
    values
      .filter((v) => keys.every((k, i) => has(k, v[i]!)))
      .map((v) => prerenderedViewRoute(lower, keys, v)),
  )
}

/**
 * Whether a request might be served by a selection route: its page is a query-view page (in any letter
 * case) and its query names one of that page's keys in any form (empty or not, in any letter case). A
 * superset of queryViewRoute, so that the Content-Security-Policy (lib/http/csp.ts) still allows the scripts
 * of a page rendered on demand if Next's matching ever differs from the model above.
 */
export function mayBeQueryView(route: string, search: URLSearchParams): boolean {
  const page = pageOf(route.toLowerCase())
  const keys = page === undefined ? undefined : QUERY_VIEW_PAGES[page]
  if (!keys) return false
  return [...search.keys()].some((k) => keys.includes(k.toLowerCase()))
}

/**
 * The query with each of the page's keys given once, or null when none is repeated. Every key of these
 * pages takes one value, and the page reads the first (nuqs and URLSearchParams.get, in the browser and
 * on the server); Next's rewrites read the last (prerenderedView). So `/compare?series=a&series=b` would
 * be drawn for b and show controls set to a: the proxy redirects it to `?series=a` first. Other keys
 * (`utm_source`) are left as they are.
 */
export function singleValued(route: string, search: URLSearchParams): URLSearchParams | null {
  const page = pageOf(route)
  const keys = page === undefined ? undefined : QUERY_VIEW_PAGES[page]
  if (!keys || !keys.some((k) => search.getAll(k).length > 1)) return null
  const seen = new Set<string>()
  return new URLSearchParams(
    [...search].filter(([k]) => {
      if (!keys.includes(k)) return true
      if (seen.has(k)) return false
      seen.add(k)
      return true
    }),
  )
}
