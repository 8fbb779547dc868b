import localFont from "next/font/local"

// Fonts ship from npm packages: the build and the pages make no request to a font host.

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
 * Noto Sans Arabic at the two weights the pages use (semibold resolves to bold), cut down at build time
 * to the Arabic block: 21 KB per weight instead of 49 KB (lib/font-subsets.ts, scripts/subset-fonts.ts).
 * Not preloaded here, because the layout is shared by both languages and English pages only need it for
 * the odd Arabic word; the post-build step adds the preload to Arabic pages (lib/font-preload.ts).
 * Exports embed the full fontsource files (lib/export/fonts.ts).
 */
export const arabicFont = localFont({
  src: [
    { path: "../.generated/fonts/noto-sans-arabic-400.woff2", weight: "400" },
    { path: "../.generated/fonts/noto-sans-arabic-700.woff2", weight: "700" },
  ],
  variable: "--font-arabic",
  display: "swap",
  preload: false,
})
