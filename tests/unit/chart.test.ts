import { figurePair } from "@/lib/analysis/figure-year"
import { describe, expect, it } from "vitest"
import {
  assignEventRows,
  buildFigureSpec,
  toLine,
  type ChartPoint,
  type FigureSpec,
  type TrendPanel,
} from "@/lib/charts/spec"
import { getDataset } from "@/lib/data/dataset"
import { niceTicks } from "@/lib/charts/ticks"
import type { Observation } from "@/lib/data/schema"
import { FIGURE_IDS, FIGURES, figureSeriesIds } from "@/lib/charts/figure-defs"
import { translatorFor } from "@/lib/i18n/translate"
import { markFor } from "@/lib/charts/marks"
import { eventDateToX, formatEventDate, formatPeriod, periodSpan, periodToX } from "@/lib/format/time"

/** Every mark a figure draws, panel by panel, layer by layer. */
const figurePoints = (spec: FigureSpec): ChartPoint[] =>
  spec.panels.flatMap((p) => p.layers.flatMap((l) => l.points))

const dataset = getDataset()
const spec = (id: (typeof FIGURE_IDS)[number], locale: "en" | "ar" = "en") =>
  buildFigureSpec(dataset, id, locale, translatorFor(locale, "chart"))

const point = (period: string, y: number) => ({ period, x: periodToX(period), y }) as ChartPoint

describe("placing periods and events in time", () => {
  it("puts a year's value mid-year and a half-year in the middle of its half", () => {
    expect(periodToX("2023")).toBe(2023.5)
    expect(periodToX("2024-H1")).toBe(2024.25)
    expect(periodToX("2024-H2")).toBe(2024.75)
    expect(periodSpan("2025-H1")).toEqual([2025, 2025.5])
    expect(periodSpan("2024")).toEqual([2024, 2025])
  })

  it("places events at their own dates, at the precision given", () => {
    expect(eventDateToX("2024")).toBe(2024)
    expect(eventDateToX("2024-H2")).toBe(2024.5)
    expect(eventDateToX("2023-12-06")).toBeCloseTo(2023 + 339 / 365, 5)
    expect(eventDateToX("2024-05-07")).toBeCloseTo(2024 + 127 / 366, 5)
  })

  it("formats dates and half-years in both languages", () => {
    expect(formatEventDate("2024-05-07", "en")).toBe("7 May 2024")
    expect(formatEventDate("2024-05-07", "ar")).toBe("7 مايو 2024")
    expect(formatPeriod("2025-H1", "en")).toBe("Jan–Jun 2025")
    expect(formatPeriod("2025-H1", "ar")).toBe("يناير–يونيو 2025")
  })
})

describe("shaping observations into chart rows", () => {
  it("keeps a missing year as a gap, never interpolated", () => {
    const line = toLine([point("2021", 1), point("2022", 2), point("2024", 4)])
    expect(line.map((p) => p.y)).toEqual([1, 2, null, 4])
  })

  it("connects consecutive like periods only", () => {
    expect(toLine([point("2024-H1", 1), point("2025-H1", 2)]).map((p) => p.y)).toEqual([1, 2])
  })

  it("never merges half-years into years: they are a layer of their own, drawn across their half", () => {
    const panel = spec("genai").panels[0] as TrendPanel
    const annual = panel.layers.find((l) => l.kind === "annual")!
    const halves = panel.layers.find((l) => l.kind === "half-year")!
    expect(annual.points.map((p) => p.period)).toEqual(["2023", "2024"])
    expect(halves.points.map((p) => p.period)).toEqual(["2024-H1", "2025-H1"])
    for (const p of halves.points) {
      expect(p.halfYear).toBe(true)
      expect(p.span[1] - p.span[0]).toBe(0.5)
    }
    expect(annual.line.every((p) => Number.isInteger(p.x - 0.5))).toBe(true)
  })

  it("draws one mark per charted observation of every figure", () => {
    for (const id of FIGURE_IDS) {
      const figure = FIGURES[id]
      const ids = figureSeriesIds(figure)
      // "headline": the two periods data/figures.json has the figure compare.
      const pair = figurePair(dataset, id)
      const inPanel = (o: Observation) =>
        figure.panels.find(
          (p) =>
            p.series.some((s) => s.seriesId === o.seriesId) &&
            (!p.periods || [pair.from, pair.to].includes(o.period)),
        )
      // A figure known only from low-confidence sources is listed, never drawn.
      const verifiable = (o: Observation) =>
        o.citations.some((c) => c.kind === "gta2025" || c.confidence !== "low")
      const candidates = dataset.observations.filter(
        (o) => ids.includes(o.seriesId) && !o.variant && !o.category && inPanel(o) && verifiable(o),
      )
      // A bar chart draws a country only if it has a figure for the panel's latest year.
      const latestOf = (seriesId: string) =>
        candidates
          .filter((o) => o.seriesId === seriesId)
          .map((o) => o.period)
          .sort()
          .at(-1)
      const charted = candidates.filter(
        (o) =>
          inPanel(o)!.kind !== "bars-by-country" ||
          candidates.some(
            (c) => c.seriesId === o.seriesId && c.country === o.country && c.period === latestOf(o.seriesId),
          ),
      )
      const marks = figurePoints(spec(id)).filter((p) => !p.derived)
      expect(marks.map((p) => p.key).sort(), id).toEqual(
        // The key names each dimension it sets: "iwf-hosting-share|2024|country=BG".
        charted
          .map((o) => [o.seriesId, o.period, o.country && `country=${o.country}`].filter(Boolean).join("|"))
          .sort(),
      )
    }
  })

  it("adds INHOPE's view without SafeNet Bulgaria as a derived, implied mark", () => {
    const derived = figurePoints(spec("inhope")).filter((p) => p.derived)
    expect(derived).toHaveLength(1)
    // 2,497,438 − 1.6 million, at the two figures the 1.6 million has, spanning its rounding.
    expect(derived[0]).toMatchObject({
      period: "2024",
      y: 900_000,
      range: { low: 850_000, high: 950_000 },
      status: "implied",
      mark: "hollow-dashed",
    })
    expect(derived[0]!.assumptions).toMatch(
      /^Assumptions: Assumes SafeNet Bulgaria's 1.6 million are in the same unit/,
    )
  })

  it("draws a range as a range: no line runs into it, and the axis reaches its top", () => {
    const [panel] = spec("sextortion").panels
    if (panel!.kind !== "trend") throw new Error("trend panel expected")
    const annual = panel!.layers.find((l) => l.kind === "annual")!
    const p2024 = annual.points.find((p) => p.period === "2024")!
    expect(p2024.range).toEqual({ low: 11_625, high: 37_000 })
    expect(p2024.valueLabel).toBe("nearly 37,000 (range 11,625 to 37,000)")
    // 2022 → 2023 is joined; 2024 is a range, so the line stops before it.
    expect(annual.line.map((p) => p.y)).toEqual([10_731, 26_718, null])
    expect(panel!.yMax).toBe(37_000)
  })

  it("breaks the line at a method change: the two figures count different things", () => {
    const [volume] = spec("cybertipline").panels
    if (volume!.kind !== "trend") throw new Error("trend panel expected")
    const reports = volume!.layers.find((l) => l.key === "ncmec-cybertipline-reports")!
    expect(reports.line.map((p) => p.y)).toEqual([29_397_681, 32_059_029, 36_210_368, null, 20_500_000])
    const incidents = volume!.layers.find((l) => l.key === "ncmec-cybertipline-incidents")!
    expect(incidents.line.map((p) => p.y)).toEqual([36_210_368, 29_200_000])
  })

  it("never puts a percent share on the same axis as a count", () => {
    for (const id of FIGURE_IDS) {
      for (const panel of spec(id).panels) {
        const units = panel.layers.flatMap((l) =>
          l.points.map((p) => dataset.series.find((s) => s.id === p.seriesId)!.unit),
        )
        const percent = units.filter((u) => u === "percent").length
        expect(percent === 0 || percent === units.length, panel.id).toBe(true)
      }
    }
  })

  it("never puts two organisations on one axis", () => {
    for (const id of FIGURE_IDS) {
      for (const panel of spec(id).panels) {
        const sources = new Set(
          panel.layers.flatMap((l) =>
            l.points.map((p) => dataset.series.find((s) => s.id === p.seriesId)!.sourceId),
          ),
        )
        expect(sources.size, panel.id).toBe(1)
      }
    }
  })

  it("announces value, status and caveats for each mark, in the page's language", () => {
    const reports2024 = figurePoints(spec("cybertipline")).find(
      (p) => p.key === "ncmec-cybertipline-reports|2024",
    )!
    // The value and status, then the caveats; one caveat is enough to show they are read out (the
    // full list follows data/caveats.json, and an edit to another title should not break this).
    expect(reports2024.announcement).toMatch(
      /^2024, CyberTipline reports: 20\.5 million, reported\. Why it moved: 2024: related reports bundled into one; /,
    )
    expect(reports2024.announcement).toContain("; NCMEC's own 2024 report could not be checked;")
    expect(reports2024.announcement).toMatch(/\.$/)
    const ar = figurePoints(spec("cybertipline", "ar")).find(
      (p) => p.key === "ncmec-cybertipline-reports|2024",
    )!
    expect(ar.announcement).toMatch(/^2024، بلاغات CyberTipline: 20.5 مليون، مُعلَن\./)
  })
})

describe("marks", () => {
  it("draws reported solid and the rest visibly different", () => {
    expect(markFor("reported")).toBe("filled")
    expect(markFor("approximate")).toBe("hollow")
    expect(markFor("implied")).toBe("hollow-dashed")
    expect(markFor("preliminary")).toBe("hatched")
  })

  it("marks the preliminary 2025 generative-AI half-year as hatched", () => {
    expect(figurePoints(spec("genai")).find((p) => p.period === "2025-H1")?.mark).toBe("hatched")
  })
})

describe("axes and labels", () => {
  it("stacks close event labels in separate rows", () => {
    const rows = assignEventRows([{ x: 2023.93 }, { x: 2024 }, { x: 2024 }, { x: 2026 }])
    expect(rows.map((r) => r.row)).toEqual([0, 1, 2, 0])
  })

  it("uses round gridlines", () => {
    expect(niceTicks(36_210_368)).toEqual([0, 10_000_000, 20_000_000, 30_000_000, 40_000_000])
    expect(niceTicks(91)).toEqual([0, 20, 40, 60, 80, 100])
  })

  it("charts generative AI on a log scale by default, with decade ticks", () => {
    const panel = spec("genai").panels[0] as TrendPanel
    expect(panel.scale).toBe("log")
    expect(panel.logTicks).toEqual([1000, 10_000, 100_000, 1_000_000])
  })

  it("puts the cybertipline events on the time axis", () => {
    const panel = spec("cybertipline").panels[0] as TrendPanel
    expect(panel.events.map((e) => e.id).sort()).toEqual([
      "meta-default-e2ee",
      "ncmec-bundling",
      "platforms-cut-volume",
    ])
  })
})

describe("the text description a screen reader gets", () => {
  it("names each country in full in a bar chart, never by its code", () => {
    const [inhope] = spec("hosting", "ar").panels
    expect(inhope!.description).toContain("هولندا: 59%")
    expect(inhope!.description).not.toMatch(/\bNL\b/)
    const [, iwf] = spec("hosting").panels
    expect(iwf!.description).toContain("2024: Netherlands: 29% (reported)")
    expect(iwf!.description).toContain("Hong Kong: 8%")
  })

  it("goes by period in a trend chart", () => {
    expect(spec("cybertipline").panels[0]!.description).toContain("2023: 36,210,368 (reported)")
  })
})

describe("which countries a bar chart draws", () => {
  it("draws only countries with a figure for the latest year; the table keeps the rest", () => {
    const [, iwf] = spec("hosting").panels
    const codes = iwf!.kind === "bars" ? iwf!.categories.map((c) => c.code) : []
    expect(codes).toEqual(["NL", "US", "BG", "HK", "RO", "DE", "CH"])
    // A country with a 2023 share and no 2024 one would look as if it had fallen to nothing: not drawn.
    const with2023Only = {
      ...dataset,
      observations: [
        ...dataset.observations,
        {
          seriesId: "iwf-hosting-share",
          period: "2023",
          country: "SK",
          value: 4,
          status: "reported",
          citations: dataset.observations[0]!.citations,
        } satisfies Observation,
      ],
    }
    const [, iwfWith] = buildFigureSpec(with2023Only, "hosting", "en", translatorFor("en", "chart")).panels
    expect(iwfWith!.kind === "bars" && iwfWith!.categories.map((c) => c.code)).toEqual(codes)
  })
})
