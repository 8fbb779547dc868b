import { slideChartHeight } from "@/lib/charts/size"
import { describe, expect, it } from "vitest"
import { buildFigureSlide, buildHeadline, buildNotes, parseFigureList } from "@/lib/deck/slides"
import { buildFigureSpec } from "@/lib/charts/spec"
import { getDataset } from "@/lib/data/dataset"
import { FIGURE_IDS } from "@/lib/charts/figure-defs"
import { translatorFor } from "@/lib/i18n/translate"

const dataset = getDataset()
const t = translatorFor("en", "briefing")

describe("choosing the figures of a deck", () => {
  it("takes every figure by default", () => {
    expect(parseFigureList(null)).toEqual({ ids: [...FIGURE_IDS], invalid: [] })
  })

  it("keeps the order asked for, once each, and reports unknown ids", () => {
    expect(parseFigureList("genai, cybertipline,genai,nope")).toEqual({
      ids: ["genai", "cybertipline"],
      invalid: ["nope"],
    })
  })

  it("falls back to every figure when none is known", () => {
    expect(parseFigureList("x,y").ids).toEqual([...FIGURE_IDS])
  })
})

describe("a figure slide", () => {
  it("leads with one number, its change and its verdict", () => {
    const h = buildHeadline(dataset, "cybertipline", "en", t)
    expect(h).toMatchObject({ value: "20.5 million", period: "2024", change: "−43%" })
    expect(h.comparison.verdict).toBe("not-comparable")
    expect(h.likeForLike).toBe("Like for like, CyberTipline incidents (reports unbundled): −19%")
    // The like-for-like change rests on an implied 2023 count: the slide says what it assumes.
    expect(h.assumptions).toMatch(
      /^Assumes no bundling in 2023: every 2023 report is counted as a separate incident\./,
    )
    // The slide shows the one-line form; the full text goes to the speaker notes.
    expect(h.assumptionsShort).toBe("Assumes no bundling in 2023.")
    expect(buildNotes("", h, [], "", t).join(" ")).toContain("NCMEC has not published 2023 incidents")
  })

  it("gives INHOPE's headline without its one-off contributor as a level, with no change", () => {
    const h = buildHeadline(dataset, "inhope", "en", t)
    expect(h.adjusted).toBe(
      "Without INHOPE reports contributed by SafeNet Bulgaria: about 900,000 (range 850,000 to 950,000) in 2024, on assumptions no source confirms; no change can be measured.",
    )
    expect(h.assumptions).toContain("SafeNet Bulgaria's 2023 contribution is not published")
  })

  it("gives a share's change in points", () => {
    expect(buildHeadline(dataset, "hosting", "en", t).change).toBe("−4 percentage points")
  })

  it.each(FIGURE_IDS)("%s carries its caveats and talking points for 'is it getting worse?'", (id) => {
    const slide = buildFigureSlide(dataset, id, "en", t, (v) => v)
    expect(slide.caveats.length).toBeGreaterThan(0)
    expect(slide.notes.some((n) => n.includes("so is it getting worse?"))).toBe(true)
    expect(slide.notes.some((n) => n.includes(slide.caveats[0]!.title))).toBe(true)
    for (const n of slide.notes) expect(n).not.toMatch(/[{}]/)
  })

  it("writes talking points in Arabic for the Arabic deck", () => {
    const slide = buildFigureSlide(dataset, "enticement", "ar", translatorFor("ar", "briefing"), (v) => v)
    expect(slide.notes.some((n) => n.includes("هل يزداد الوضع سوءًا؟"))).toBe(true)
  })
})

describe("the height of a slide's chart", () => {
  const spec = (id: "hosting" | "cybertipline" | "sextortion") =>
    buildFigureSpec(dataset, id, "en", translatorFor("en", "chart"))

  it("gives a lone chart the whole column and two trend charts half each", () => {
    const one = spec("cybertipline").panels
    expect(slideChartHeight(one[0]!, one.length)).toBe(475)
    const two = spec("sextortion").panels
    expect(two.map((p) => slideChartHeight(p, two.length))).toEqual([190, 190])
  })

  it("sizes bar charts by their bars, so IWF's seven countries over two years get room for their labels", () => {
    const [inhope, iwf] = spec("hosting").panels
    expect(inhope!.kind === "bars" && inhope!.categories.length * inhope!.layers.length).toBe(2)
    expect(iwf!.kind === "bars" && iwf!.categories.length * iwf!.layers.length).toBe(14)
    expect(slideChartHeight(inhope!, 2)).toBe(121)
    expect(slideChartHeight(iwf!, 2)).toBe(328)
  })
})
