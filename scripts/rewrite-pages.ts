/**
 * Build step: two rewrites of every prerendered page, before the CSP hashes are taken.
 * - The start-up scripts load after the first frame (lib/defer-hydration.ts).
 * - Pages in Arabic preload the Arabic font files that their stylesheet declares (lib/font-preload.ts).
 * Idempotent. Fails the build, naming the page, when a page is not in the form these rewrites expect,
 * and when a page with scripts would be left as Next wrote it (lib/defer-hydration.ts rewritePage).
 */
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { rewritePage } from "@/lib/defer-hydration"
import {
  ARABIC_FONT_FAMILY,
  fontFaceUrls,
  isArabicDocument,
  stylesheetHrefs,
  withFontPreloads,
} from "@/lib/font-preload"
import { DIST, prerenderedPages, type PrerenderedPage } from "./prerendered-pages"

/** The Arabic font files a page's stylesheets declare (a built stylesheet lives under .next/static). */
function arabicFonts(html: string): string[] {
  const urls = stylesheetHrefs(html).flatMap((href) => {
    const file = join(DIST, href.replace(/^\/_next\//, ""))
    return fontFaceUrls(readFileSync(file, "utf8"), ARABIC_FONT_FAMILY, href)
  })
  if (urls.length === 0) throw new Error(`no stylesheet declares the ${ARABIC_FONT_FAMILY} face`)
  return urls
}

/** Rewrites the pages in place; returns the line the build prints. */
export function rewritePages(pages: readonly PrerenderedPage[] = prerenderedPages()): string {
  let changed = 0
  let preloaded = 0
  for (const { file } of pages) {
    const original = readFileSync(file, "utf8")
    try {
      let html = rewritePage(original)
      if (isArabicDocument(html)) {
        const withFonts = withFontPreloads(html, arabicFonts(html))
        if (withFonts !== html) preloaded++
        html = withFonts
      }
      if (html !== original) {
        writeFileSync(file, html)
        changed++
      }
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return `Pages: ${changed} of ${pages.length} prerendered pages rewritten to hydrate after the first paint; ${preloaded} Arabic pages preload the Arabic font`
}
