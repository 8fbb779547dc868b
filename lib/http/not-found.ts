import { prerenderedRoute, type CspHashes } from "./csp"
import type { Locale } from "../i18n/locale"

/** The prerendered 404 page's segment: app/[locale]/page-not-found. */
const NOT_FOUND_SEGMENT = "page-not-found"

export const notFoundRoute = (locale: Locale) => `/${locale}/${NOT_FOUND_SEGMENT}`

/**
 * Whether a page path (percent-decoded) names no page, so proxy.ts may answer it with the prerendered
 * 404 page. Every page is prerendered (the query views of /compare and /briefing share their page's
 * path), so the build's hash manifest lists every page there is. Only a clear miss counts: a route that
 * differs from a page's only in letter case is left to Next (its rewrites match case-insensitively), and
 * with no manifest nothing is a miss. The 404 page's own address is a miss.
 */
/**
 * Whether a path, as given, could be a page at all: not a build asset (/_next/…) and no file extension
 * (/icon.svg is a file; a missing file is Next's to answer). "/icon%2Esvg" has none as given: Next
 * decodes it and fails to route it, so it is a page path that names no page.
 */
export const mayBePage = (rawPathname: string) =>
  !rawPathname.startsWith("/_next/") && !/\.[A-Za-z0-9]+$/.test(rawPathname)

export function isMissingPage(decodedPathname: string, hashes: CspHashes): boolean {
  const routes = Object.keys(hashes.pages)
  if (routes.length === 0) return false
  const route = prerenderedRoute(decodedPathname).toLowerCase()
  if (route.endsWith(`/${NOT_FOUND_SEGMENT}`)) return true
  return !routes.some((r) => r.toLowerCase() === route)
}
