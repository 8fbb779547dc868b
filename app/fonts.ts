import localFont from "next/font/local"

// Fonts ship from npm packages: the build and the pages make no request to a font host. The exports
// (lib/export/fonts.ts) embed these same files.

/**
 * Geist, Latin subset only (29 KB, every weight): the full variable font is 70 KB, mostly Cyrillic,
 * Greek and Vietnamese glyphs these pages never set. It is preloaded: body text waits on it.
 */
export const latinFont = localFont({
  src: "../node_modules/@fontsource-variable/geist/files/geist-latin-wght-normal.woff2",
  variable: "--font-geist-sans",
  weight: "100 900",
  display: "swap",
})

/**
 * Noto Sans Arabic at the two weights the pages use (49 KB + 50 KB; semibold resolves to bold). The
 * variable font is 167 KB. Not preloaded: the layout is shared by both languages, and English pages only
 * need it for the odd Arabic quotation.
 */
export const arabicFont = localFont({
  src: [
    {
      path: "../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2",
      weight: "400",
    },
    {
      path: "../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2",
      weight: "700",
    },
  ],
  variable: "--font-arabic",
  display: "swap",
  preload: false,
})
