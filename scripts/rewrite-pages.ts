/**
 * Post-build: two rewrites of every prerendered page, before the CSP hashes are taken.
 * - The start-up scripts load after the first frame (lib/defer-hydration.ts).
 * - Pages in Arabic preload the Arabic font files that their stylesheet declares (lib/font-preload.ts).
 * Idempotent; fails the build, naming the page, when a page is not in the form these rewrites expect.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { z } from "zod"
import { deferHydration } from "@/lib/defer-hydration"
import {
  ARABIC_FONT_FAMILY,
  fontFaceUrls,
  isArabicDocument,
  stylesheetHrefs,
  withFontPreloads,
} from "@/lib/font-preload"

const DIST = ".next"

const PrerenderManifest = z.object({ routes: z.record(z.string(), z.object({}).loose()) })

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
  const manifest = PrerenderManifest.parse(
    JSON.parse(readFileSync(join(DIST, "prerender-manifest.json"), "utf8")),
  )
  let pages = 0
  let deferred = 0
  let preloaded = 0
  for (const route of Object.keys(manifest.routes)) {
    const file = join(DIST, "server", "app", `${route}.html`)
    if (!existsSync(file)) continue // route handlers (icon.svg) have no document
    pages++
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
  if (pages === 0) throw new Error(`${DIST}/prerender-manifest.json lists no prerendered page`)
  console.log(
    `Pages: ${deferred} of ${pages} prerendered pages hydrate after the first paint; ${preloaded} Arabic pages preload the Arabic font`,
  )
}

main()
