import config from "./query-views.json"

/**
 * /compare and /briefing are the two pages whose view is chosen in the query (`?series=…`, `?slide=…`).
 * A page that reads its query can only be rendered on demand, and a page rendered on demand cannot be
 * rewritten after the build to paint before its scripts load (lib/defer-hydration.ts) or served from a
 * CDN. So each has two routes:
 * - the page itself (`/compare`), with no query: prerendered, like every other page;
 * - its "selection" route (`/compare/selection`), rendered on demand, which serves every request that
 *   carries one of the page's query parameters.
 * next.config.js rewrites `/compare?series=x` to the selection route (the address stays `/compare?…`)
 * and redirects the selection route's own address to the page. proxy.ts gives the selection route a
 * nonce-based policy. This file and query-views.json are the one list all three read.
 */
export const QUERY_VIEW_SEGMENT: string = config.segment
export const QUERY_VIEW_PAGES: Readonly<Record<string, readonly string[]>> = config.pages

/**
 * The route that serves a request, as the rewrites resolve it, given the prerendered route its path
 * maps to (lib/csp.ts prerenderedRoute) and its query: "/en/compare" with "?series=x" →
 * "/en/compare/selection", "/ar/briefing" with "?slide=2" → "/ar/briefing/selection". Null for
 * every other request.
 */
export function queryViewRoute(route: string, search: URLSearchParams): string | null {
  const page = /^\/(?:en|ar)(\/[^/]+)$/.exec(route)?.[1]
  const keys = page === undefined ? undefined : QUERY_VIEW_PAGES[page]
  return keys?.some((k) => search.has(k)) ? `${route}/${QUERY_VIEW_SEGMENT}` : null
}
