/**
 * Post-build: hash the inline scripts of every prerendered page so that its Content-Security-Policy can
 * allow exactly those scripts (see lib/csp.ts). Runs after `next build` as the "postbuild" script; the
 * proxy reads the result. Fails the build when a page cannot be hashed.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { z } from "zod"
import { CSP_HASHES_FILE, CspHashesSchema, inlineScriptHashes, type CspHashes } from "@/lib/csp"

const DIST = ".next"
const FALLBACK_ROUTES = ["/_not-found", "/_global-error"]

const PrerenderManifest = z.object({ routes: z.record(z.string(), z.object({}).loose()) })

const htmlOf = (route: string) => join(DIST, "server", "app", `${route}.html`)

function main() {
  const manifest = PrerenderManifest.parse(
    JSON.parse(readFileSync(join(DIST, "prerender-manifest.json"), "utf8")),
  )
  const result: CspHashes = { pages: {}, fallback: [] }
  for (const route of Object.keys(manifest.routes)) {
    const file = htmlOf(route)
    if (!existsSync(file)) continue // route handlers (icon.svg) have no document
    const hashes = inlineScriptHashes(readFileSync(file, "utf8"))
    if (FALLBACK_ROUTES.includes(route)) result.fallback.push(...hashes)
    else result.pages[route] = hashes
  }
  result.fallback = [...new Set(result.fallback)]
  const pages = Object.keys(result.pages)
  if (pages.length === 0) throw new Error(`${DIST}/prerender-manifest.json lists no prerendered page`)
  writeFileSync(CSP_HASHES_FILE, JSON.stringify(CspHashesSchema.parse(result), null, 2))
  const count = new Set(Object.values(result.pages).flat()).size
  console.log(
    `CSP: hashed the inline scripts of ${pages.length} prerendered pages (${count} distinct hashes)`,
  )
}

main()
