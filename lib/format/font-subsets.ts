/**
 * The Arabic face is cut down at build time (scripts/subset-fonts.ts) to the Arabic block, U+0600–U+06FF
 * (every letter, digit, mark and punctuation sign Arabic text uses), plus the joiners that control
 * letter joining. fontsource's "arabic" files also carry Arabic Supplement, Extended-A and the
 * presentation forms, which Arabic-language text does not need: 49 KB per weight becomes 21 KB. The
 * subsetter keeps every glyph the shaping rules can reach, so letters still join.
 *
 * A character outside the subset would be drawn from another font, which breaks joining inside a word;
 * tests/unit/font-subsets.test.ts checks that every Arabic character the site can show is covered.
 */
const ARABIC_SUBSET_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0600, 0x06ff], // Arabic
  [0x200c, 0x200f], // zero-width non-joiner and joiner, left-to-right and right-to-left marks
]

export function arabicSubsetText(): string {
  let text = ""
  for (const [from, to] of ARABIC_SUBSET_RANGES) {
    for (let c = from; c <= to; c++) text += String.fromCodePoint(c)
  }
  return text
}

/** Arabic-script characters (any Arabic Unicode block) that the subset does not cover. */
export function outsideArabicSubset(text: string): string[] {
  const isArabicScript = (c: number) =>
    (c >= 0x0600 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)
  const covered = (c: number) => ARABIC_SUBSET_RANGES.some(([from, to]) => c >= from && c <= to)
  const missing = new Set<string>()
  for (const ch of text) {
    const c = ch.codePointAt(0)!
    if (isArabicScript(c) && !covered(c)) missing.add(ch)
  }
  return [...missing]
}

/** The weights the pages use (semibold resolves to bold), from @fontsource/noto-sans-arabic. */
export const ARABIC_FONT_WEIGHTS = ["400", "700"] as const

export const arabicFontSource = (weight: string) =>
  `node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff2`

/** Where the build writes the subsets; app/fonts.ts reads them from here. Not committed. */
export const arabicFontSubset = (weight: string) => `.generated/fonts/noto-sans-arabic-${weight}.woff2`
