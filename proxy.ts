import { readFileSync } from "node:fs"
import { join } from "node:path"
import { NextResponse, type NextRequest } from "next/server"
import {
  contentSecurityPolicy,
  decodePathname,
  pagePolicy,
  prerenderedRoute,
  type CspHashes,
} from "@/lib/http/csp"
import { loadCspHashes } from "@/lib/http/csp-hashes-file"
import { errorPageHtml } from "@/lib/http/error-page"
import { singleValued } from "@/lib/http/query-views"
import { localeOfPath } from "@/lib/i18n/paths"
import type { Locale } from "@/lib/i18n/locale"
import { isMissingPage, mayBePage, notFoundRoute } from "@/lib/http/not-found"
import { unknownApiParameter } from "@/lib/http/api-routes"
import { API_METHODS, jsonError, methodNotAllowed } from "@/lib/http/responses"

/**
 * Sets each page's Content-Security-Policy, and answers the few requests the app cannot answer well
 * itself: a path that cannot be decoded, a path that is no page (the prerendered 404 page), and on /api
 * a method or a key the routes never see. It never rewrites (Next 16 treats a proxy rewrite as cross-origin on hosts other than
 * localhost, vercel/next.js#94342), and it reads no request body or cookie, so prerendered pages stay
 * prerendered. It reads the query only to tell /compare (prerendered) from /compare?series=x (rendered
 * on demand, lib/http/query-views.ts), to redirect a view key given twice to the value the page reads,
 * and on /api to reject keys Next would hide from the route
 * (lib/http/api-routes.ts).
 */

let hashes: CspHashes | undefined

function buildHashes(): CspHashes {
  if (hashes) return hashes
  const loaded = loadCspHashes()
  if (loaded.ok) {
    hashes = loaded.hashes
  } else {
    // Fail closed: hashes missing, malformed or made for another build allow none of these pages'
    // inline scripts (they still read, but do not hydrate). instrumentation.ts stops `next start` before
    // this can happen; this is for a server started some other way.
    console.error(`Content-Security-Policy: ${loaded.problem}.`)
    hashes = { buildId: "", pages: {}, fallback: [] }
  }
  return hashes
}

const newNonce = () => Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64")

const isApi = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/")

/**
 * A path segment that cannot be percent-decoded (`/figures/%ff`): Next's router fails on it with a bare
 * plain-text 500 (vercel/next.js#92527), so the proxy answers first, with a 400 that says so: JSON on
 * /api, an HTML page otherwise, both with the base policy (next.config.js adds the other headers).
 */
function undecodablePath(pathname: string): Response {
  if (isApi(pathname)) {
    return jsonError(400, { parameter: "path", error: "the path has a percent sign that cannot be decoded" })
  }
  return new NextResponse(errorPageHtml(localeOfPath(pathname), 400, "badAddress"), {
    status: 400,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": contentSecurityPolicy(),
      "X-Content-Type-Options": "nosniff",
      // next.config.js leaves /embed/* frameable; this error page is not.
      "X-Frame-Options": "DENY",
    },
  })
}

const notFoundHtml: Partial<Record<Locale, string | null>> = {}

/**
 * A path that names no page: the prerendered 404 page of its language (app/[locale]/page-not-found),
 * with status 404 and that page's hashes. Next would answer it with its not-found.tsx, which it sends as
 * an empty document for the browser to fill in (vercel/next.js#62228). Undefined (Next answers after
 * all) if the build has no such page.
 */
function missingPage(locale: Locale, hashes: CspHashes): Response | undefined {
  if (notFoundHtml[locale] === undefined) {
    const file = join(process.cwd(), ".next", "server", "app", `${notFoundRoute(locale)}.html`)
    try {
      notFoundHtml[locale] = readFileSync(file, "utf8")
    } catch (error) {
      console.error(`${file} is missing; run \`npm run build\`.`, error)
      notFoundHtml[locale] = null
    }
  }
  const html = notFoundHtml[locale]
  if (!html) return undefined
  const scriptSources = [...(hashes.pages[notFoundRoute(locale)] ?? []), ...hashes.fallback]
  return new NextResponse(html, {
    status: 404,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": contentSecurityPolicy({ scriptSources }),
      "X-Frame-Options": "DENY",
    },
  })
}

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  if (decodePathname(pathname) === undefined) return undecodablePath(pathname)
  if (isApi(pathname)) {
    // Next answers other methods with an empty 405 and no Allow header.
    if (!(API_METHODS as readonly string[]).includes(request.method)) return methodNotAllowed(request.method)
    const unknown = unknownApiParameter(pathname, searchParams)
    if (unknown) return jsonError(400, unknown)
    return NextResponse.next()
  }
  // The dev server needs eval and inline scripts for its overlay and refresh; policies are for builds.
  if (process.env.NODE_ENV === "development") return NextResponse.next()
  const decoded = decodePathname(pathname)!
  if (mayBePage(pathname) && isMissingPage(decoded, buildHashes())) {
    const answer = missingPage(localeOfPath(decoded), buildHashes())
    if (answer) return answer
  }
  // A view key given twice names two views: keep the one the page reads (lib/http/query-views.ts).
  const once = singleValued(prerenderedRoute(decoded), searchParams)
  if (once) {
    // An absolute URL, as Next requires of a proxy's redirect; it sends it on relative to the request.
    const url = request.nextUrl.clone()
    url.search = once.toString()
    return NextResponse.redirect(url, 307)
  }
  const { policy, nonce } = pagePolicy(pathname, searchParams, buildHashes(), newNonce)
  let response = NextResponse.next()
  if (nonce) {
    // Next reads the nonce from the request's policy and puts it on every script it renders.
    const headers = new Headers(request.headers)
    headers.set("content-security-policy", policy)
    response = NextResponse.next({ request: { headers } })
  }
  response.headers.set("Content-Security-Policy", policy)
  return response
}

export const config = {
  matcher: [
    // API routes: the method, the keys Next drops, and paths that cannot be decoded.
    "/api/:path*",
    // Pages. Build assets and files with an extension keep next.config.js's policy, unless their path
    // has a percent sign (it may not decode, and Next would answer a bare 500).
    "/((?!api/|_next/[^%]*$|[^%]*\\.[A-Za-z0-9]+$).*)",
  ],
}
