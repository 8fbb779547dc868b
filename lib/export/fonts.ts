import { readFileSync } from "node:fs"
import path from "node:path"
import { ARABIC_FONT_WEIGHTS, arabicFontSource } from "../format/font-subsets"
import type { Locale } from "../data/schema"

// The fontsource files the pages use (app/fonts.ts), embedded as data URLs so an exported SVG (and the PNG
// drawn from it) shapes Arabic and sets Latin text identically wherever it is opened. The Arabic face is
// embedded whole, not cut down to the Arabic block as on the pages: an exported file may be edited.
const GEIST = "node_modules/@fontsource-variable/geist/files/geist-latin-wght-normal.woff2"

// Family names no system has, so a renderer that ignores @font-face (rsvg, Inkscape, LibreOffice) does
// not stop at an installed face of the same name: the system's Noto Sans Arabic has no Latin letters,
// and LibreOffice 7.4 then overlapped the Latin words of mixed Arabic lines (compose.ts, FONT_STACK_AR).
export const EMBEDDED_LATIN = "'Geist Embedded'"
export const EMBEDDED_ARABIC = "'Noto Sans Arabic Embedded'"

const cache = new Map<Locale, string>()

function dataUrl(file: string): string {
  return `data:font/woff2;base64,${readFileSync(path.join(process.cwd(), file)).toString("base64")}`
}

export function embeddedFontCss(locale: Locale): string {
  const cached = cache.get(locale)
  if (cached) return cached
  const faces = [
    `@font-face{font-family:${EMBEDDED_LATIN};font-weight:100 900;src:url(${dataUrl(GEIST)}) format("woff2")}`,
  ]
  // Arabic pages need the Arabic face; English exports stay small without it.
  if (locale === "ar") {
    for (const weight of ARABIC_FONT_WEIGHTS) {
      faces.push(
        `@font-face{font-family:${EMBEDDED_ARABIC};font-weight:${weight};src:url(${dataUrl(arabicFontSource(weight))}) format("woff2")}`,
      )
    }
  }
  const css = faces.join("")
  cache.set(locale, css)
  return css
}
