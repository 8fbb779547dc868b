import localFont from "next/font/local"
import arabic400 from "../.generated/fonts/noto-sans-arabic-400.woff2"
import arabic700 from "../.generated/fonts/noto-sans-arabic-700.woff2"
import { arabicFontFaces, type FontFile } from "@/lib/format/arabic-font"

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
 * to the Arabic block: 21 KB per weight instead of 49 KB (lib/format/font-subsets.ts, scripts/subset-fonts.ts).
 * Declared by lib/format/arabic-font.ts, not next/font, so that only Arabic pages preload it (the layout does).
 * Exports embed the full fontsource files (lib/export/fonts.ts).
 */
export const ARABIC_FONT_FILES: readonly FontFile[] = [
  { url: arabic400, weight: "400" },
  { url: arabic700, weight: "700" },
]

export const ARABIC_FONT_FACES = arabicFontFaces(ARABIC_FONT_FILES)
