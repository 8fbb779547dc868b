/**
 * Post-build: two rewrites of every prerendered page, before the CSP hashes are taken.
 * - The start-up scripts load after the first frame (lib/defer-hydration.ts).
 * - Pages in Arabic preload the Arabic font files that their stylesheet declares (lib/font-preload.ts).
 * Idempotent; fails the build, naming the page, when a page is not in the form these rewrites expect.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { deferHydration } from "@/lib/defer-hydration"
import {
  ARABIC_FONT_FAMILY,
  fontFaceUrls,
  isArabicDocument,
  stylesheetHrefs,
  withFontPreloads,
} from "@/lib/font-preload"
import { DIST, prerenderedPages } from "./prerendered-pages"

/** The Arabic font files a page's stylesheets declare (a built stylesheet lives under .next/static). */
function arabicFonts(html: string): string[] {
  const urls = stylesheetHrefs(html).flatMap((href) => {
    const file = join(DIST, href.replace(/^\/_next\//, ""))
    return fontFaceUrls(readFileSync(file, "utf8"), ARABIC_FONT_FAMILY, href)
  })
  if (urls.length === 0) throw new Error(`no stylesheet declares the ${ARABIC_FONT_FAMILY} face`)
  return urls
}

function main() {
  const pages = prerenderedPages()
  let deferred = 0
  let preloaded = 0
  for (const { file } of pages) {
    const original = readFileSync(file, "utf8")
    try {
      let html = deferHydration(original).html
      if (html !== original) deferred++
      if (isArabicDocument(html)) {
        const withFonts = withFontPreloads(html, arabicFonts(html))
        if (withFonts !== html) preloaded++
        html = withFonts
      }
      if (html !== original) writeFileSync(file, html)
    } catch (error) {
      throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  console.log(
    `Pages: ${deferred} of ${pages.length} prerendered pages hydrate after the first paint; ${preloaded} Arabic pages preload the Arabic font`,
  )
}

main()
