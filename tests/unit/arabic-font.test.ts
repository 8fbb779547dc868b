import { describe, expect, it } from "vitest"
import { ARABIC_FONT_FAMILY, arabicFontFaces } from "@/lib/format/arabic-font"

describe("arabicFontFaces", () => {
  const css = arabicFontFaces([
    { url: "/_next/static/media/noto-400.a.woff2", weight: "400" },
    { url: "/_next/static/media/noto-700.b.woff2", weight: "700" },
  ])

  it("declares one face per weight at the URLs the pages preload", () => {
    const faces = [
      ...css.matchAll(/@font-face\{font-family:arabicFont;src:url\("([^"]+)"\)[^}]*font-weight:(\d+)\}/g),
    ]
    expect(faces.map((m) => [m[1], m[2]])).toEqual([
      ["/_next/static/media/noto-400.a.woff2", "400"],
      ["/_next/static/media/noto-700.b.woff2", "700"],
    ])
    expect(css).toContain("font-display:swap")
  })

  it("sets --font-arabic to the face, then its metric-matched fallback", () => {
    expect(css).toContain(`:root{--font-arabic:${ARABIC_FONT_FAMILY},"${ARABIC_FONT_FAMILY} Fallback"}`)
    expect(css).toMatch(/@font-face\{font-family:"arabicFont Fallback";src:local\(Arial\);ascent-override/)
  })

  it("needs a file", () => expect(() => arabicFontFaces([])).toThrow())
})
