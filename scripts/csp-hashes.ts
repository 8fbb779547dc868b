/**
 * Build step: hash the inline scripts of every prerendered page so that its Content-Security-Policy can
 * allow exactly those scripts (see lib/http/csp.ts), stamped with the id of the build they were taken from.
 * Runs after rewrite-pages.ts (scripts/build.ts); the proxy reads the result, and the server refuses to
 * start without it (instrumentation.ts). Fails the build when a page cannot be hashed.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { CSP_HASHES_FILE, CspHashesSchema, inlineScriptHashes, type CspHashes } from "@/lib/http/csp"
import { DIST, prerenderedPages, type PrerenderedPage } from "./prerendered-pages"

const FALLBACK_ROUTES = ["/_not-found", "/_global-error"]

/** Writes .next/csp-hashes.json; returns the line the build prints. */
export function writeCspHashes(
  buildId: string,
  pages: readonly PrerenderedPage[] = prerenderedPages(),
): string {
  const result: CspHashes = { buildId, pages: {}, fallback: [] }
  for (const { route, file } of pages) {
    const hashes = inlineScriptHashes(readFileSync(file, "utf8"))
    if (FALLBACK_ROUTES.includes(route)) result.fallback.push(...hashes)
    else result.pages[route] = hashes
  }
  result.fallback = [...new Set(result.fallback)]
  const routes = Object.keys(result.pages)
  if (routes.length === 0) throw new Error(`${DIST}/prerender-manifest.json lists no prerendered page`)
  writeFileSync(CSP_HASHES_FILE, JSON.stringify(CspHashesSchema.parse(result), null, 2))
  const count = new Set(Object.values(result.pages).flat()).size
  return `CSP: hashed the inline scripts of ${routes.length} prerendered pages (${count} distinct hashes), build ${buildId}`
}
