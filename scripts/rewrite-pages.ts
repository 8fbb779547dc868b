/**
 * Build step: rewrite every prerendered page so that its start-up scripts and its payload load after the
 * first frame (lib/build/defer-hydration.ts), before the CSP hashes are taken. Each payload is written to
 * the build's static folder, where `next start` serves it as it serves the chunks. Idempotent. Fails the build, naming the
 * page, when a page is not in the form the rewrite expects, and when a page with scripts would be left
 * as Next wrote it (lib/build/defer-hydration.ts rewritePage).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { rewritePage } from "@/lib/build/defer-hydration"
import { DIST, prerenderedPages, type PrerenderedPage } from "./prerendered-pages"

/** Rewrites the pages in place; returns the line the build prints. */
export function rewritePages(pages: readonly PrerenderedPage[] = prerenderedPages(), dist = DIST): string {
  let changed = 0
  const payloads = new Set<string>()
  for (const { file } of pages) {
    const original = readFileSync(file, "utf8")
    try {
      const { html, payload } = rewritePage(original)
      if (payload) {
        // Written before the page that points to it, so no page is ever left naming a missing file.
        const target = join(dist, payload.path)
        mkdirSync(dirname(target), { recursive: true })
        writeFileSync(target, payload.source)
        payloads.add(payload.path)
      }
      if (html !== original) {
        writeFileSync(file, html)
        changed++
      }
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return (
    `Pages: ${changed} of ${pages.length} prerendered pages rewritten to hydrate after the first paint ` +
    `(${payloads.size} payload files)`
  )
}
