import { readFileSync } from "node:fs"
import path from "node:path"
import type { Locale } from "../schema"

// The fontsource files the pages use (app/fonts.ts), embedded as data URLs so an exported SVG (and the PNG
// drawn from it) shapes Arabic and sets Latin text identically wherever it is opened. The Arabic face is
// embedded whole, not cut down to the Arabic block as on the pages: an exported file may be edited.
const FILES = {
  geist: "node_modules/@fontsource-variable/geist/files/geist-latin-wght-normal.woff2",
  arabic400: "node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2",
  arabic700: "node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2",
}

const cache = new Map<Locale, string>()

function dataUrl(file: string): string {
  return `data:font/woff2;base64,${readFileSync(path.join(process.cwd(), file)).toString("base64")}`
}

export function embeddedFontCss(locale: Locale): string {
  const cached = cache.get(locale)
  if (cached) return cached
  const faces = [
    `@font-face{font-family:Geist;font-weight:100 900;src:url(${dataUrl(FILES.geist)}) format("woff2")}`,
  ]
  // Arabic pages need the Arabic face; English exports stay small without it.
  if (locale === "ar") {
    faces.push(
      `@font-face{font-family:'Noto Sans Arabic';font-weight:400;src:url(${dataUrl(FILES.arabic400)}) format("woff2")}`,
      `@font-face{font-family:'Noto Sans Arabic';font-weight:700;src:url(${dataUrl(FILES.arabic700)}) format("woff2")}`,
    )
  }
  const css = faces.join("")
  cache.set(locale, css)
  return css
}
