/**
 * Post-build: hash the inline scripts of every prerendered page so that its Content-Security-Policy can
 * allow exactly those scripts (see lib/csp.ts). Runs after `next build` as the "postbuild" script; the
 * proxy reads the result. Fails the build when a page cannot be hashed.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { CSP_HASHES_FILE, CspHashesSchema, inlineScriptHashes, type CspHashes } from "@/lib/csp"
import { DIST, prerenderedPages } from "./prerendered-pages"

const FALLBACK_ROUTES = ["/_not-found", "/_global-error"]

function main() {
  const result: CspHashes = { pages: {}, fallback: [] }
  for (const { route, file } of prerenderedPages()) {
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
