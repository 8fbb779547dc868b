/**
 * Pre-build (and pre-dev): cut Noto Sans Arabic down to the Arabic block (lib/format/font-subsets.ts) and write
 * the subsets where app/fonts.ts loads them. Runs offline: subset-font is HarfBuzz compiled to
 * WebAssembly, shipped in the npm package.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import subsetFont from "subset-font"
import {
  ARABIC_FONT_WEIGHTS,
  arabicFontSource,
  arabicFontSubset,
  arabicSubsetText,
} from "@/lib/format/font-subsets"

async function main() {
  const text = arabicSubsetText()
  const sizes: string[] = []
  for (const weight of ARABIC_FONT_WEIGHTS) {
    const source = readFileSync(arabicFontSource(weight))
    const subset = await subsetFont(source, text, { targetFormat: "woff2" })
    const out = arabicFontSubset(weight)
    mkdirSync(dirname(out), { recursive: true })
    writeFileSync(out, subset)
    sizes.push(`${weight}: ${(source.length / 1024).toFixed(0)} → ${(subset.length / 1024).toFixed(0)} KiB`)
  }
  console.log(`Fonts: Noto Sans Arabic subset to the Arabic block (${sizes.join(", ")})`)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
