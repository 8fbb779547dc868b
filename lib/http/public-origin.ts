import { parseSiteUrl, parseTrustProxy } from "./site-url.cjs"

/**
 * The address a file served to a reader should give for this site. Under `next start` the request's own
 * URL is always http://localhost:<port>, whatever the reader typed, so it is never used.
 * - `SITE_URL`, when set (at run time, or else when the pages were built): the configured public origin.
 *   Prefer it: it is the same for every request, so files that carry it may be cached by anyone.
 * - Otherwise the request's host: `X-Forwarded-Host` and `X-Forwarded-Proto` when `TRUST_PROXY=1` says a
 *   reverse proxy sets them, else the `Host` header (http). Files that carry an origin taken from the
 *   request must not be stored by a shared cache, or one client's Host would be served to everyone:
 *   `fromRequest` says so, and `vary` names the headers the origin was read from.
 * - A host that is not a plain host[:port] is not used at all: the address is then the path alone.
 */
export type PublicOrigin = { origin: string; fromRequest: boolean; vary: string[] }

const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/

/** A Host-like header's first value, lower-cased, if it is a plain host[:port]. */
function hostOf(value: string | null): string | undefined {
  const host = value?.split(",")[0]?.trim().toLowerCase()
  return host && host.length <= 260 && HOST.test(host) ? host : undefined
}

type Env = { SITE_URL?: string; BUILT_SITE_URL?: string; TRUST_PROXY?: string }

const runtimeEnv = (): Env => ({
  SITE_URL: process.env.SITE_URL,
  // SITE_URL as it was when the pages were built: next.config.js passes it on, and the build writes it
  // in here (it is read at run time only under this exact name).
  BUILT_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL,
  TRUST_PROXY: process.env.TRUST_PROXY,
})

export function publicOrigin(headers: Headers, env: Env = runtimeEnv()): PublicOrigin {
  const configured = parseSiteUrl(env.SITE_URL) ?? parseSiteUrl(env.BUILT_SITE_URL)
  if (configured) return { origin: configured, fromRequest: false, vary: [] }
  if (parseTrustProxy(env.TRUST_PROXY)) {
    // A forwarded host that is not plain is not replaced by the Host header: behind a proxy, that is
    // the proxy's own address for this server.
    const forwarded = headers.get("x-forwarded-host")
    const host = hostOf(forwarded ?? headers.get("host"))
    const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase()
    const vary = ["Host", "X-Forwarded-Host", "X-Forwarded-Proto"]
    if (!host) return { origin: "", fromRequest: true, vary }
    return { origin: `${proto === "https" ? "https" : "http"}://${host}`, fromRequest: true, vary }
  }
  const host = hostOf(headers.get("host"))
  return { origin: host ? `http://${host}` : "", fromRequest: true, vary: ["Host"] }
}
