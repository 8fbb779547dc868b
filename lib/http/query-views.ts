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
 */
const QUERY_VIEW_SEGMENT: string = config.segment
export const QUERY_VIEW_PAGES: Readonly<Record<string, readonly string[]>> = config.pages

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
 * The route that serves a request, as the rewrites resolve it, given the prerendered route its path
 * maps to (lib/http/csp.ts prerenderedRoute) and its query: "/en/compare" with "?series=x" →
 * "/en/compare/selection", "/ar/briefing" with "?slide=2" → "/ar/briefing/selection". Null for
 * every other request, including "/en/compare" with "?series=" (an empty value does not match).
 */
export function queryViewRoute(route: string, search: URLSearchParams): string | null {
  const page = pageOf(route)
  const keys = page === undefined ? undefined : QUERY_VIEW_PAGES[page]
  return keys?.some((k) => rewriteMatches(search, k)) ? `${route}/${QUERY_VIEW_SEGMENT}` : null
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
