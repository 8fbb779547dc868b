import { describe, expect, it } from "vitest"
import { EARLIER_PERIOD, INK, seriesColour, THEMES } from "@/lib/charts/colours"
import { COLORS } from "@/lib/charts/figure-defs"

// WCAG 2.2 contrast, written out here rather than imported, so the test checks the colours against the
// standard and not against the code under test.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!)
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

describe("chart colours in each theme", () => {
  for (const theme of THEMES) {
    const ink = INK[theme]
    it(`${theme}: text is AA (4.5:1) on the chart's surface, axes, events and marks 3:1`, () => {
      expect(contrast(ink.text, ink.surface)).toBeGreaterThanOrEqual(4.5)
      for (const c of [ink.axis, ink.event, ink.halo, ink.active]) {
        expect(contrast(c, ink.surface), c).toBeGreaterThanOrEqual(3)
      }
      for (const c of [...Object.values(COLORS), EARLIER_PERIOD]) {
        expect(contrast(seriesColour(c, theme), ink.surface), `${c} in ${theme}`).toBeGreaterThanOrEqual(3)
      }
    })
  }

  it("the projector theme is white on black, with lighter series colours", () => {
    expect(INK.projector.surface).toBe("#000000")
    expect(INK.projector.text).toBe("#FFFFFF")
    expect(seriesColour(COLORS.blue, "projector")).toBe("#56B4E9")
    expect(seriesColour(COLORS.blue, "light")).toBe(COLORS.blue)
  })
})
