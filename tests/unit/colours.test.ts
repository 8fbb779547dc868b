import { execSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import {
  COLORS,
  CSS_COLOURS,
  EARLIER_PERIOD,
  FILE_INK,
  INK,
  seriesColour,
  THEMES,
} from "@/lib/charts/colours"

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

describe("one home for colours", () => {
  const HEX = /#[0-9A-Fa-f]{6}\b|#[0-9A-Fa-f]{3}\b(?![-\w])/g
  const sources = execSync("git ls-files lib components app proxy.ts", { encoding: "utf8" })
    .split("\n")
    .filter((f) => /\.(ts|tsx)$/.test(f))

  it("no code file but lib/charts/colours.ts writes a colour as hex", () => {
    const offenders = sources
      .filter((f) => f !== "lib/charts/colours.ts")
      .flatMap((f) => (readFileSync(f, "utf8").match(HEX) ?? []).map((hex) => `${f}: ${hex}`))
    expect(offenders).toEqual([])
  })

  it("the stylesheet writes colours only in its one block of variables, each equal to CSS_COLOURS", () => {
    const css = readFileSync("app/globals.css", "utf8")
    const declared = [...css.matchAll(/^\s*(--color-[\w-]+):\s*(#[0-9a-fA-F]{6});$/gm)]
    expect(declared.length).toBeGreaterThan(5)
    for (const [, name, value] of declared) {
      expect(CSS_COLOURS[name as keyof typeof CSS_COLOURS], name).toBe(value)
    }
    const withoutDeclarations = css.replace(/^\s*--color-[\w-]+:\s*#[0-9a-fA-F]{6};$/gm, "")
    expect(withoutDeclarations.match(HEX) ?? []).toEqual([])
  })

  it("files are drawn on white, their text AA and their secondary lines and link 4.5:1 too", () => {
    expect(FILE_INK.background).toBe("#FFFFFF")
    for (const c of [FILE_INK.text, FILE_INK.secondary, FILE_INK.note, FILE_INK.link]) {
      expect(contrast(c, FILE_INK.background), c).toBeGreaterThanOrEqual(4.5)
    }
  })

  it("the deck's callouts keep the text's contrast in both themes", () => {
    expect(contrast("#000000", CSS_COLOURS["--color-callout"])).toBeGreaterThanOrEqual(4.5)
    expect(contrast("#FFFFFF", CSS_COLOURS["--color-projector-callout"])).toBeGreaterThanOrEqual(4.5)
  })
})
