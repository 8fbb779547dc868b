/**
 * The Arabic face of the pages, declared here rather than by next/font, so that Arabic pages can preload
 * it through React's `preload()` while English pages do not.
 *
 * The layout is shared by both languages (app/[locale]/layout.tsx), so next/font's own preload would
 * send both files to every English page too, which needs them only for the odd Arabic quotation. Without
 * a preload, an Arabic page found the font only after its first style pass: it painted with a fallback,
 * then laid the whole right-to-left page out again when the font arrived, which on a slow phone was one
 * more long task (Lighthouse, 5 runs on /ar: total blocking time 342 → 233 ms with the preload,
 * performance 91 → 95). next/font does not give the hashed URL of a font file to the code that renders,
 * so the files are imported as assets (next.config.js: `*.woff2` is an asset, its import is its URL) and
 * the same URL goes into the @font-face rules and the preload: the browser fetches each file once.
 */

/** The family name the Arabic text is set in (globals.css reads it through --font-arabic). */
export const ARABIC_FONT_FAMILY = "arabicFont"

export type FontFile = { url: string; weight: string }

/**
 * The metric overrides that next/font computed for this face against Arial (its adjustFontFallback),
 * kept so that the fallback takes the same line height while the font loads: no shift when it swaps in.
 */
const FALLBACK =
  "src:local(Arial);ascent-override:137.4%;descent-override:73.8%;line-gap-override:0%;size-adjust:100%"

/** The style sheet that declares the face (one rule per weight), its fallback and --font-arabic. */
export function arabicFontFaces(files: readonly FontFile[]): string {
  if (files.length === 0) throw new Error("the Arabic face needs at least one file")
  const faces = files.map(
    ({ url, weight }) =>
      `@font-face{font-family:${ARABIC_FONT_FAMILY};src:url(${JSON.stringify(url)}) format("woff2");font-display:swap;font-weight:${weight}}`,
  )
  return [
    ...faces,
    `@font-face{font-family:"${ARABIC_FONT_FAMILY} Fallback";${FALLBACK}}`,
    `:root{--font-arabic:${ARABIC_FONT_FAMILY},"${ARABIC_FONT_FAMILY} Fallback"}`,
  ].join("")
}

/** The arguments of React's `preload()` for one font file (crossOrigin: fonts are always fetched in CORS mode). */
export const fontPreloadOptions = { as: "font", type: "font/woff2", crossOrigin: "" } as const
