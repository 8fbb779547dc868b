import { createHash } from "node:crypto"
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { Resvg } from "@resvg/resvg-js"
import subsetFont from "subset-font"
import type { Locale } from "../data/schema"
import { FILE_INK } from "../charts/colours"

/**
 * SVG → PNG on the server, for the chart pictures in PowerPoint files (lib/export/pptx.ts). resvg
 * (@resvg/resvg-js: Rust, prebuilt binaries shipped in the npm package, no network) shapes text with
 * rustybuzz, so Arabic letters join and run right to left. It reads no @font-face rules and no WOFF2,
 * and it cannot mix two faces in one line of text: when a line needs a second face, it re-shapes the
 * whole line with it and keeps that only if both give the same number of glyphs, which Arabic ligatures
 * (لا) never do, so every Latin letter or digit in an Arabic line would be dropped. Hence:
 *
 * - Latin: the page's own Geist (the fontsource file the SVG export embeds), a variable font, cut by
 *   HarfBuzz (subset-font) into static regular and bold instances as TrueType, which resvg can read.
 * - Arabic: Noto Sans Arabic as Google Fonts ships it (@expo-google-fonts/noto-sans-arabic, static
 *   TrueType), which has the Latin letters and digits in the same face. It is the family the pages
 *   use; the pages' files are fontsource's per-script cuts of it, which is why they cannot serve here.
 *   So Latin words and digits inside Arabic lines are drawn in Noto Sans rather than Geist: the one
 *   difference from the SVG export, and a small one.
 *
 * No system font is loaded, so the picture is the same on every server.
 */

const GEIST = "node_modules/@fontsource-variable/geist/files/geist-latin-wght-normal.woff2"
const NOTO_ARABIC = {
  400: "node_modules/@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf",
  700: "node_modules/@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf",
}
// Every character Geist's Latin file has (fontsource's unicode-range for it), so no glyph is lost.
const LATIN_RANGES: [number, number][] = [
  [0x20, 0xff],
  [0x131, 0x131],
  [0x152, 0x153],
  [0x2bb, 0x2bc],
  [0x2c6, 0x2c6],
  [0x2da, 0x2da],
  [0x2dc, 0x2dc],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2191, 0x2193],
  [0x2212, 0x2215],
]

const root = () => process.cwd()

let fontFiles: Promise<string[]> | undefined

/** The font files resvg loads, made once per process (about 0.1 s) in a private temporary folder. */
function rasterFonts(): Promise<string[]> {
  fontFiles ??= (async () => {
    const geist = readFileSync(path.join(root(), GEIST))
    const text = LATIN_RANGES.flatMap(([a, b]) =>
      Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i)),
    ).join("")
    const dir = path.join(
      tmpdir(),
      `csea-raster-fonts-${createHash("sha1").update(geist).digest("hex").slice(0, 12)}`,
    )
    mkdirSync(dir, { recursive: true })
    const files: string[] = []
    // One after the other: the WebAssembly module's memory is shared between calls.
    for (const weight of [400, 700]) {
      const ttf = await subsetFont(geist, text, { targetFormat: "truetype", variationAxes: { wght: weight } })
      const file = path.join(dir, `geist-${weight}.ttf`)
      writeFileSync(file, ttf)
      files.push(file)
    }
    return [...files, ...Object.values(NOTO_ARABIC).map((f) => path.join(root(), f))]
  })()
  fontFiles.catch(() => (fontFiles = undefined))
  return fontFiles
}

/** The SVG as a PNG at `scale` × its own size (2 × for slides: sharp on a 4K screen at full width). */
export async function svgToPngBuffer(
  svg: string,
  locale: Locale,
  scale = 2,
): Promise<{ png: Buffer; width: number; height: number }> {
  // As it is: the export anchors every line the left-to-right way, which is how resvg places text-anchor,
  // and an Arabic line carries its direction in the text (RLE … PDF, lib/export/text.ts), which resvg
  // follows (measured: "IWF: نسبة …" with IWF at the right end, as in Chromium).
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: await rasterFonts(),
      defaultFontFamily: locale === "ar" ? "Noto Sans Arabic" : "Geist",
      sansSerifFamily: locale === "ar" ? "Noto Sans Arabic" : "Geist",
    },
    fitTo: { mode: "zoom", value: scale },
    background: FILE_INK.background,
    logLevel: "off",
  })
  const image = resvg.render()
  return { png: image.asPng(), width: image.width, height: image.height }
}
