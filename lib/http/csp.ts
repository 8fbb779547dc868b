import { createHash } from "node:crypto"
import { z } from "zod"
import directives from "./csp-directives.json"
import { mayBePrerenderedViews, mayBeQueryView } from "./query-views"

/**
 * The Content-Security-Policy of every page. One base policy (csp-directives.json, also read by
 * next.config.js for responses that are not pages) forbids inline scripts; a page's own inline scripts
 * (Next's bootstrap and the serialised React payload) are allowed by their SHA-256 hashes when the page
 * is prerendered, and by a per-request nonce when it is rendered on demand (/compare and /briefing with
 * a query). Hashes keep static pages static and cacheable: the same HTML always carries the same policy.
 */

type PolicyOptions = {
  /** Extra script sources: 'sha256-…' hashes and/or a 'nonce-…'. */
  scriptSources?: readonly string[]
  /** Only the embeddable figure pages may be framed, by any site. */
  frameable?: boolean
}

function serializePolicy(policy: Record<string, readonly string[]>): string {
  return Object.entries(policy)
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ")
}

export function contentSecurityPolicy({ scriptSources = [], frameable = false }: PolicyOptions = {}) {
  return serializePolicy({
    ...directives,
    "script-src": [...directives["script-src"], ...scriptSources],
    "frame-ancestors": frameable ? ["*"] : directives["frame-ancestors"],
  })
}

/** /embed/x and /ar/embed/x: the only pages another site may put in a frame. */
export const isEmbedPath = (pathname: string) => /^(?:\/ar)?\/embed\//.test(pathname)

/**
 * The prerendered route that serves a public path. English pages are served without a prefix by the
 * rewrites in next.config.js ("/" → "/en", "/sources" → "/en/sources"); Arabic keeps "/ar".
 */
export function prerenderedRoute(pathname: string): string {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname
  if (/^\/(?:ar|en)(?:\/|$)/.test(path)) return path
  return path === "/" ? "/en" : `/en${path}`
}

/** Every inline <script> (one without a src) in a document: its attributes and its text, exactly as hashed. */
export function inlineScriptElements(html: string): { attributes: string; text: string }[] {
  const scripts: { attributes: string; text: string }[] = []
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/\ssrc\s*=/i.test(` ${m[1]}`)) scripts.push({ attributes: m[1]!, text: m[2]! })
  }
  return scripts
}

/** The text of every inline <script> in a document. */
export const inlineScripts = (html: string) => inlineScriptElements(html).map((s) => s.text)

/** A CSP hash source for a script's text: 'sha256-<base64>'. */
export const sha256Source = (script: string) =>
  `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`

/** Distinct hash sources for the inline scripts of a document, in first-seen order. */
export const inlineScriptHashes = (html: string) => [...new Set(inlineScripts(html).map(sha256Source))]

const HashSource = z.string().regex(/^'sha256-[A-Za-z0-9+/=]+'$/)

/** What the build step writes and the proxy reads: hashes per prerendered route. */
export const CspHashesSchema = z.strictObject({
  /** The build the hashes were taken from (.next/BUILD_ID): hashes of another build's pages fit none of these. */
  buildId: z.string().min(1),
  /** Prerendered route (e.g. "/en/sources") → hash sources of its inline scripts. */
  pages: z.record(z.string().startsWith("/"), z.array(HashSource)),
  /** Hashes of the static not-found and error pages, which any path may serve. */
  fallback: z.array(HashSource),
})
export type CspHashes = z.infer<typeof CspHashesSchema>

/** The hash file sits in the build output, next to the pages it describes. */
export const CSP_HASHES_FILE = ".next/csp-hashes.json"

/** Where `next build` writes the id of the build (one per build, also in every page's payload). */
export const BUILD_ID_FILE = ".next/BUILD_ID"

/**
 * The hashes, if they were made for the build being served, or the sentence that says why not. A bare
 * `next build` (without the steps `npm run build` adds) writes a new build and no hash file; a hash file
 * left from another build would allow none of this build's scripts. Either way the pages would be served
 * under a policy that blocks their own scripts, so the server must not start (instrumentation.ts) and the
 * proxy must not pretend (proxy.ts).
 */
export function checkCspHashes(
  buildId: string | undefined,
  manifest: string | undefined,
): { ok: true; hashes: CspHashes } | { ok: false; problem: string } {
  const fix = "run `npm run build`"
  if (buildId === undefined)
    return { ok: false, problem: `${fix}: ${BUILD_ID_FILE} is missing, so there is no build` }
  const id = buildId.trim()
  if (manifest === undefined)
    return { ok: false, problem: `${fix}: ${CSP_HASHES_FILE} is missing (build ${id})` }
  let parsed: ReturnType<typeof CspHashesSchema.safeParse>
  try {
    parsed = CspHashesSchema.safeParse(JSON.parse(manifest))
  } catch {
    return { ok: false, problem: `${fix}: ${CSP_HASHES_FILE} is not JSON (build ${id})` }
  }
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join(".") || "(root)"
    return {
      ok: false,
      problem: `${fix}: ${CSP_HASHES_FILE} is not a hash file of this version (at ${where}; build ${id})`,
    }
  }
  if (parsed.data.buildId !== id) {
    return {
      ok: false,
      problem: `${fix}: ${CSP_HASHES_FILE} was made for build ${parsed.data.buildId}, this build is ${id}`,
    }
  }
  return { ok: true, hashes: parsed.data }
}

/**
 * A path as the app router matches it: each segment percent-decoded ("/figures/%67enai" is
 * "/figures/genai"). Undefined when a segment cannot be decoded ("/figures/%ff"): Next cannot route it,
 * and proxy.ts answers it with a 400 itself.
 */
export function decodePathname(pathname: string): string | undefined {
  try {
    return pathname.split("/").map(decodeURIComponent).join("/")
  } catch {
    return undefined
  }
}

/**
 * The policy for one page request, given the build's hashes and (for pages that may be rendered on
 * demand) a nonce. The proxy does not try to predict the one route Next will serve: it makes one
 * decision that allows the inline scripts of every route that could serve the request, so the two
 * cannot disagree.
 * - Hashes: those of the prerendered page the path names, as given and as decoded (Next serves
 *   "/figures/%67enai" from the prerendered "/en/figures/genai"), those of every prerendered view route
 *   its query may be rewritten to ("/briefing?slide=3" is served from "/en/briefing/slide/3",
 *   lib/http/query-views.ts mayBePrerenderedViews), and those of the static not-found and error pages,
 *   which any path may serve.
 * - A nonce, which Next puts on the scripts of a page it renders on demand, unless the request can only
 *   be served by that prerendered page: its path is exactly a prerendered route's (no percent-encoding)
 *   and its query names none of the page's view keys (lib/http/query-views.ts mayBeQueryView), so
 *   `/compare?series=` gets both (Next serves the prerendered page), `/compare?series=x` gets both
 *   (Next serves the selection route), and so does `/briefing?slide=3` (Next serves a prerendered view
 *   route, but the nonce keeps the selection route's scripts allowed should it not). A nonce on a
 *   prerendered page is unused; hashes on a page rendered on demand allow only this site's own scripts.
 */
export function pagePolicy(
  pathname: string,
  search: URLSearchParams,
  hashes: CspHashes,
  nonce: () => string,
) {
  const frameable = isEmbedPath(pathname)
  const decoded = decodePathname(pathname)
  const routes = [...new Set([pathname, decoded ?? pathname].map(prerenderedRoute))]
  const candidates = [...new Set([...routes, ...routes.flatMap((r) => mayBePrerenderedViews(r, search))])]
  const pageHashes = candidates.flatMap((r) => (Object.hasOwn(hashes.pages, r) ? hashes.pages[r]! : []))
  const prerenderedOnly =
    decoded === pathname &&
    Object.hasOwn(hashes.pages, prerenderedRoute(pathname)) &&
    !routes.some((r) => mayBeQueryView(r, search))
  const sources = [...new Set([...pageHashes, ...hashes.fallback])]
  if (prerenderedOnly) return { policy: contentSecurityPolicy({ scriptSources: sources, frameable }) }
  const value = nonce()
  return {
    nonce: value,
    policy: contentSecurityPolicy({ scriptSources: [`'nonce-${value}'`, ...sources], frameable }),
  }
}
