/**
 * Build step: rewrite every prerendered page so that its start-up scripts load after the first frame
 * (lib/build/defer-hydration.ts), before the CSP hashes are taken. Idempotent. Fails the build, naming the
 * page, when a page is not in the form the rewrite expects, and when a page with scripts would be left
 * as Next wrote it (lib/build/defer-hydration.ts rewritePage).
 */
import { readFileSync, writeFileSync } from "node:fs"
import { rewritePage } from "@/lib/build/defer-hydration"
import { prerenderedPages, type PrerenderedPage } from "./prerendered-pages"

/** Rewrites the pages in place; returns the line the build prints. */
export function rewritePages(pages: readonly PrerenderedPage[] = prerenderedPages()): string {
  let changed = 0
  for (const { file } of pages) {
    const original = readFileSync(file, "utf8")
    try {
      const html = rewritePage(original)
      if (html !== original) {
        writeFileSync(file, html)
        changed++
      }
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return `Pages: ${changed} of ${pages.length} prerendered pages rewritten to hydrate after the first paint`
}
