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
 * The most common views are one key with one of a known list of values, and nothing else: a slide of the
 * default deck (`/briefing?slide=3`). Each of those is a third, prerendered route (`/briefing/slide/3`,
 * `prerendered` in query-views.json), which next.config.js rewrites to before the selection rewrites, so
 * it paints before its scripts load and is served as fast as the page itself. Any other value
 * (`?slide=99`, `?slide=03`) or any other key of the page (`?slide=3&view=presenter`) still goes to the
 * selection route: the prerendered route exists only for the listed values.
 */
const QUERY_VIEW_SEGMENT: string = config.segment
export const QUERY_VIEW_PAGES: Readonly<Record<string, readonly string[]>> = config.pages
/** Page → the one key whose listed values are prerendered routes of their own. */
export const PRERENDERED_VIEWS: Readonly<Record<string, { key: string; values: readonly string[] }>> =
  config.prerendered

/** The prerendered route of one view: ("/en/briefing", "slide", "3") → "/en/briefing/slide/3". */
export const prerenderedViewRoute = (route: string, key: string, value: string) => `${route}/${key}/${value}`

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
 * the `has` value's regex, anchored, against the key's value, the last one if the key is repeated; and a
 * `missing` key blocks the rewrite exactly when a `has` rewrite on it would match (rewriteMatches), so
 * the page's other keys may be absent or empty. With `?slide=5&slide=3` the HTML is slide 3 and the deck,
 * which reads the first value in the browser, then moves to slide 5: the selection route would show 5.
 */
function prerenderedView(route: string, page: string, search: URLSearchParams): string | null {
  const view = PRERENDERED_VIEWS[page]
  const value = view && search.getAll(view.key).at(-1)
  if (!view || value === undefined || !view.values.includes(value)) return null
  const others = (QUERY_VIEW_PAGES[page] ?? []).filter((k) => k !== view.key)
  return others.some((k) => rewriteMatches(search, k)) ? null : prerenderedViewRoute(route, view.key, value)
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
 * The prerendered view routes that might serve a request: one for each listed value the query gives the
 * view's key, in any letter case and whatever else the query holds. A superset of the prerendered routes
 * queryViewRoute returns, so that the Content-Security-Policy also allows those pages' scripts if Next's
 * matching ever differs from the model above.
 */
export function mayBePrerenderedViews(route: string, search: URLSearchParams): string[] {
  const lower = route.toLowerCase()
  const page = pageOf(lower)
  const view = page === undefined ? undefined : PRERENDERED_VIEWS[page]
  if (!view) return []
  const values = [...search].filter(([k, v]) => k.toLowerCase() === view.key && view.values.includes(v))
  return [...new Set(values.map(([, v]) => prerenderedViewRoute(lower, view.key, v)))]
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
