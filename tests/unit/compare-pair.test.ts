import { describe, expect, it } from "vitest"
import { changeAtPrecision, isInexact } from "@/lib/analysis/adjusted"
import { allComparisons } from "@/lib/analysis/compare"
import { comparablePeriods, gapReasons, pairSummary, pairView } from "@/lib/analysis/compare-pair"
import { resolveCompareView } from "@/lib/url/compare-query"
import { isDrawable } from "@/lib/data/confidence"
import { getDataset } from "@/lib/data/dataset"
import { formatSignedValue } from "@/lib/format/values"
import { translatorFor } from "@/lib/i18n/translate"
import { getSeries } from "@/lib/data/observations"
import { formatAbsoluteChange, formatChangeLabel, formatChangeWithAbsolute } from "@/lib/analysis/sentence"

const dataset = getDataset()
const main = (seriesId: string, period: string) =>
  dataset.observations.filter(
    (o) => o.seriesId === seriesId && o.period === period && isDrawable(o) && !o.category,
  )

describe("changeAtPrecision: a change is known no better than its less precise end", () => {
  it("keeps a change between exact figures to the unit", () => {
    expect(
      changeAtPrecision(-15_710_368, [
        { value: 36_210_368, inexact: false },
        { value: 20_510_368, inexact: false },
      ]),
    ).toEqual({ value: -15_710_368 })
  })
  it("rounds a change to a rounded figure to that figure's significant figures, and says about", () => {
    expect(
      changeAtPrecision(-15_710_368, [
        { value: 36_210_368, inexact: false },
        { value: 20_500_000, inexact: true },
      ]),
    ).toEqual({ value: -15_700_000, hedge: "about" })
  })
  it("rounds to the place of the coarsest inexact end", () => {
    // 20.5 million is known to 0.1 million, 29 million to the million: the change to the million.
    expect(
      changeAtPrecision(-15_710_368, [
        { value: 20_500_000, inexact: true },
        { value: 29_000_000, inexact: true },
      ]),
    ).toEqual({ value: -16_000_000, hedge: "about" })
    // Not to three figures of the change itself: 36,210,368 to about 29.2 million is about −7.0 million.
    expect(
      changeAtPrecision(-7_010_368, [
        { value: 36_210_368, inexact: false },
        { value: 29_200_000, inexact: true },
      ]),
    ).toEqual({ value: -7_000_000, hedge: "about" })
  })
  it("keeps one figure of a change smaller than that place, rather than 0", () => {
    expect(changeAtPrecision(31_000, [{ value: 1_600_000, inexact: true }])).toEqual({
      value: 30_000,
      hedge: "about",
    })
  })
  it("says which way a change is known where its only inexact end is one-sided, and rounds towards that side", () => {
    // 186,819 (exact) to "more than 546,000": the rise is more than 359,181, shown as more than 359,000.
    expect(
      changeAtPrecision(359_181, [
        { value: 186_819, inexact: false },
        { value: 546_000, inexact: true, bound: "lower" },
      ]),
    ).toEqual({ value: 359_000, hedge: "more-than" })
    // A fall to "more than" a figure is a fall of less than its size, rounded up: less than 54,000.
    expect(
      changeAtPrecision(-53_181, [
        { value: 186_819, inexact: false },
        { value: 133_638, inexact: true, bound: "lower" },
      ]).hedge,
    ).toBe("less-than")
    // From "nearly" a figure (a ceiling) to an exact one: the rise is at least its size.
    expect(
      changeAtPrecision(1_181, [
        { value: 100_000, inexact: true, bound: "upper" },
        { value: 101_181, inexact: false },
      ]).hedge,
    ).toBe("more-than")
    // Bounds on both sides of the change, or a two-sided end beside a one-sided one, leave "about".
    expect(
      changeAtPrecision(359_181, [
        { value: 186_000, inexact: true, bound: "lower" },
        { value: 546_000, inexact: true, bound: "lower" },
      ]).hedge,
    ).toBe("about")
    expect(
      changeAtPrecision(359_181, [
        { value: 186_800, inexact: true },
        { value: 546_000, inexact: true, bound: "lower" },
      ]).hedge,
    ).toBe("about")
  })
  it("counts a range, a hedge word and a rounded figure as inexact, a figure written in full as exact", () => {
    const o = dataset.observations.find(
      (x) => x.seriesId === "ncmec-cybertipline-reports" && x.period === "2023",
    )!
    expect(isInexact({ ...o, value: 36_210_368, range: undefined, qualifier: undefined })).toBe(false)
    expect(isInexact({ ...o, value: 20_500_000, range: undefined, qualifier: undefined })).toBe(true)
    expect(isInexact({ ...o, value: 36_210_368, qualifier: "about" })).toBe(true)
    expect(isInexact({ ...o, value: 36_210_368, range: { low: 36_000_001, high: 36_400_001 } })).toBe(true)
  })
})

describe("pairView: every series for one pair of periods", () => {
  const view = pairView(dataset, "2023", "2024")

  it("puts every series either in the view or among the gaps, once", () => {
    const shown = view.sources.flatMap((g) => g.series.map((s) => s.seriesId))
    const gaps = view.gaps.map((g) => g.seriesId)
    expect([...shown, ...gaps].sort()).toEqual(dataset.series.map((s) => s.id).sort())
    expect(new Set([...shown, ...gaps]).size).toBe(dataset.series.length)
    expect(shown.length).toBeGreaterThan(0)
    expect(gaps.length).toBeGreaterThan(0)
  })

  it("shows exactly the series with a drawable main figure for both periods, compared 2023 → 2024", () => {
    for (const g of view.sources)
      for (const s of g.series) {
        expect(main(s.seriesId, "2023").length, s.seriesId).toBeGreaterThan(0)
        expect(main(s.seriesId, "2024").length, s.seriesId).toBeGreaterThan(0)
        for (const c of s.comparisons) {
          expect([c.seriesId, c.from.period, c.to.period]).toEqual([s.seriesId, "2023", "2024"])
          expect(c.verdict).toMatch(/^(comparable|caution|not-comparable)$/)
        }
      }
    // A gap is a series that lacks a drawable figure for the period it names.
    for (const g of view.gaps)
      for (const m of g.missing)
        if (m.reason !== "no-common-country") expect(main(g.seriesId, m.period), g.seriesId).toHaveLength(0)
  })

  it("groups by source, in dataset order, with each series under its own source", () => {
    const order = dataset.sources.map((s) => s.id)
    const ids = view.sources.map((g) => g.sourceId)
    expect(ids).toEqual(order.filter((id) => ids.includes(id)))
    for (const g of view.sources)
      for (const s of g.series) expect(getSeries(dataset, s.seriesId)!.sourceId).toBe(g.sourceId)
    expect(view.comparisons).toEqual(view.sources.flatMap((g) => g.series.flatMap((s) => s.comparisons)))
  })

  it("compares a series by country country by country", () => {
    const hosting = view.sources.flatMap((g) => g.series).find((s) => s.seriesId === "iwf-hosting-share")
    expect(hosting?.comparisons.length).toBeGreaterThan(1)
    expect(hosting!.comparisons.every((c) => c.country && c.from.country === c.to.country)).toBe(true)
  })

  it("says why a series is left out: a period not published, or known only second-hand", () => {
    const safenet = view.gaps.find((g) => g.seriesId === "inhope-safenet-bulgaria-reports")
    expect(safenet?.missing).toEqual([{ period: "2023", reason: "not-published" }])
    const later = pairView(dataset, "2024", "2025")
    const cyber = later.gaps.find((g) => g.seriesId === "ncmec-cybertipline-reports")
    expect(cyber?.missing).toEqual([{ period: "2025", reason: "unverified" }])
  })

  it("compares half-years with the same half of another year", () => {
    const h = pairView(dataset, "2024-H1", "2025-H1")
    const ids = h.comparisons.map((c) => c.id)
    expect(ids).toContain("ncmec-genai-reports:2024-H1:2025-H1")
    expect(h.comparisons.every((c) => c.from.period === "2024-H1" && c.to.period === "2025-H1")).toBe(true)
  })

  it("keeps to one source when asked", () => {
    const iwf = pairView(dataset, "2023", "2024", "iwf")
    expect(iwf.sources.map((g) => g.sourceId)).toEqual(["iwf"])
    expect(iwf.gaps.every((g) => getSeries(dataset, g.seriesId)!.sourceId === "iwf")).toBe(true)
  })

  it("summarises what the page states", () => {
    expect(pairSummary(view)).toEqual({
      series: view.sources.reduce((n, g) => n + g.series.length, 0),
      comparisons: view.comparisons.length,
      gaps: view.gaps.length,
    })
    expect(pairSummary(view).comparisons).toBeGreaterThanOrEqual(pairSummary(view).series)
  })

  it("groups a gap's missing periods by reason", () => {
    expect(
      gapReasons({
        seriesId: "x",
        missing: [
          { period: "2023", reason: "not-published" },
          { period: "2024", reason: "not-published" },
        ],
      }),
    ).toEqual([{ reason: "not-published", periods: ["2023", "2024"] }])
    expect(
      gapReasons({
        seriesId: "x",
        missing: [
          { period: "2024", reason: "not-published" },
          { period: "2025", reason: "unverified" },
        ],
      }).map((g) => g.reason),
    ).toEqual(["not-published", "unverified"])
  })

  it("offers only periods that some figure can be compared in", () => {
    const periods = comparablePeriods(dataset)
    expect(periods).toContain("2024-H1")
    for (const p of periods)
      expect(dataset.observations.some((o) => o.period === p && isDrawable(o))).toBe(true)
    // NCMEC's 2025 total is known only second-hand: not a period of that series to compare.
    expect(comparablePeriods(dataset, ["ncmec-cybertipline-reports"])).not.toContain("2025")
  })
})

describe("the compare view for ?from&to without a series", () => {
  const q = { source: null, series: null, from: null, to: null, adjusted: true }

  it("gives the pair view, with no note", () => {
    const view = resolveCompareView(dataset, { ...q, from: "2023", to: "2024" })
    expect(view.notes).toEqual([])
    expect(view.pair).toBeDefined()
    expect(view.comparisons).toEqual(pairView(dataset, "2023", "2024").comparisons)
  })

  it("keeps the source filter", () => {
    const view = resolveCompareView(dataset, { ...q, source: "inhope", from: "2023", to: "2024" })
    expect(view.comparisons.every((c) => getSeries(dataset, c.seriesId)!.sourceId === "inhope")).toBe(true)
  })

  it("keeps a chosen series' own view", () => {
    const view = resolveCompareView(dataset, {
      ...q,
      series: "ncmec-genai-reports",
      from: "2023",
      to: "2024",
    })
    expect(view.pair).toBeUndefined()
    expect(view.comparisons.map((c) => c.id)).toEqual(["ncmec-genai-reports:2023:2024"])
  })

  it.each([
    [{ from: "1999", to: "2024" }, "periodAny"],
    [{ from: "nope", to: "2024" }, "periodAny"],
    [{ from: "2024", to: "2023" }, "order"],
    [{ from: "2024", to: "2024" }, "order"],
    [{ from: "2024", to: "2025-H1" }, "notLike"],
  ])("falls back to each pair with a note for %j", (params, key) => {
    const view = resolveCompareView(dataset, { ...q, ...params })
    expect(view.notes.map((n) => n.key)).toEqual([key])
    expect(view.pair).toBeUndefined()
    expect(view.comparisons).toHaveLength(allComparisons(dataset).length)
  })

  it("with one period only, shows the consecutive pairs that include it and asks for the other", () => {
    const view = resolveCompareView(dataset, { ...q, from: "2023" })
    expect(view.notes.map((n) => n.key)).toEqual(["needPair"])
    expect(view.comparisons.length).toBeGreaterThan(0)
    expect(view.comparisons.every((c) => c.from.period === "2023")).toBe(true)
  })
})

describe("the absolute change beside the percent", () => {
  const t = (locale: "en" | "ar") => translatorFor(locale, "compare")
  const all = allComparisons(dataset)
  const unitOf = (id: string) => getSeries(dataset, id)!.unit
  const byId = (id: string) => all.find((c) => c.id === id)!

  it("is at the precision of the less precise figure: CyberTipline 2023 → 2024", () => {
    const c = byId("ncmec-cybertipline-reports:2023:2024")
    expect(formatChangeWithAbsolute(c, unitOf(c.seriesId), "en", t("en"))).toBe("about −15.7 million (−43%)")
    expect(formatChangeWithAbsolute(c, unitOf(c.seriesId), "ar", t("ar"))).toBe(
      // Only the sign and digits are isolated (lib/format/values.ts formatSignedValue): «مليون» stays in the line.
      "نحو \u2066−15.7\u2069 مليون (\u2066−43%\u2069)",
    )
  })

  it("is hedged and rounded only where an end is inexact", () => {
    const c = byId("ncmec-cybertipline-reports:2023:2024")
    expect(formatAbsoluteChange(c.absolute, [c.from, c.to], "reports", "en")).toBe("about −15.7 million")
    expect(formatAbsoluteChange(c.absolute, [c.from], "reports", "en")).toBe(
      formatSignedValue(c.absolute, "reports", "en"),
    )
  })

  it("is exact between figures written in full", () => {
    const c = all.find(
      (x) =>
        x.percent !== null &&
        !x.range &&
        !isInexact(x.from) &&
        !isInexact(x.to) &&
        unitOf(x.seriesId) !== "percent",
    )!
    expect(c).toBeDefined()
    expect(formatChangeWithAbsolute(c, unitOf(c.seriesId), "en", t("en"))).toBe(
      `${formatSignedValue(c.absolute, unitOf(c.seriesId), "en")} (${formatChangeLabel(c, "en", t("en"))})`,
    )
  })

  it("leaves shares in percentage points, small bases and changes not known as they were", () => {
    const kept = all.filter((c) => c.points !== null || c.smallBase || (c.range && !c.range.directionKnown))
    expect(kept.some((c) => c.points !== null)).toBe(true)
    expect(kept.some((c) => c.smallBase)).toBe(true)
    for (const c of kept)
      for (const locale of ["en", "ar"] as const)
        expect(formatChangeWithAbsolute(c, unitOf(c.seriesId), locale, t(locale))).toBe(
          formatChangeLabel(c, locale, t(locale)),
        )
  })

  it("between ranges, gives the span of the difference beside the span of the percent", () => {
    const ranged = all.filter((c) => c.range?.directionKnown && !c.smallBase)
    for (const c of ranged) {
      const text = formatChangeWithAbsolute(c, unitOf(c.seriesId), "en", t("en"))
      expect(text).toMatch(/^[+−]\S.* to [+−]\S.* \(.+ to .+\)$/)
      expect(text.endsWith(`(${formatChangeLabel(c, "en", t("en"))})`)).toBe(true)
    }
  })
})
