import { describe, expect, it, vi } from "vitest"
import { buildFigureSlide, buildHeadline } from "@/lib/deck/slides"
import { getChartContent } from "@/lib/charts/content"
import { getDataset } from "@/lib/data/dataset"
import { buildChartExport } from "@/lib/export/figure-export"
import {
  coverageYears,
  currentReading,
  figurePair,
  figureSetting,
  figureTitle,
} from "@/lib/analysis/figure-year"
import { getChartSpec } from "@/lib/charts/served-spec"
import { FIGURE_IDS, type FigureId } from "@/lib/charts/figure-defs"
import { formatObservation } from "@/lib/format/values"
import { translatorFor } from "@/lib/i18n/translate"
import { observationsToCsv } from "@/lib/data/observations"
import type { Locale } from "@/lib/data/schema"
import { buildExplainerExamples, buildTakeaway } from "@/lib/analysis/takeaway"
import ar from "@/messages/ar.json"
import en from "@/messages/en.json"
import { SYNTHETIC } from "./synthetic-year"

const CATALOGUES = { en, ar }

// A new year is a data change, not a code change. Every module below reads the dataset through
// getDataset(), as the pages, the deck, the API and the exports do; here it returns the real data files
// with a synthetic next year added to them (./synthetic-year.ts, the README's "How to add a year").
// Nothing else is changed: if a year were still typed into code or messages, these assertions fail.
const state = vi.hoisted(() => ({ added: [] as { seriesId: string; period: string; rows: unknown[] }[] }))
vi.mock("@/lib/data/dataset", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/data/dataset")>()
  const { validateDataset, formatIssue } = await import("@/lib/data/validate")
  const { withNextYear, withHalfYearAfter } = await import("./synthetic-year")
  const { raw, added } = withNextYear(real.bundledRawDataset)
  withHalfYearAfter(raw, "ncmec-online-enticement-reports", "2026-H1", 611_111)
  const result = validateDataset(raw)
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"))
  state.added = added
  return { ...real, getDataset: () => result.dataset }
})

const LOCALES: Locale[] = ["en", "ar"]
const dataset = getDataset()
const following = FIGURE_IDS.filter((id) => !figureSetting(dataset, id).headline.to)
const pinned = FIGURE_IDS.filter((id) => figureSetting(dataset, id).headline.to)

/** The new year's headline figure, formatted as every page shows it. */
function newHeadlineValue(id: FigureId, locale: Locale) {
  const h = figureSetting(dataset, id).headline
  const pair = figurePair(dataset, id)
  const o = dataset.observations.find(
    (x) =>
      x.seriesId === h.seriesId &&
      x.period === pair.to &&
      x.country === h.country &&
      !x.variant &&
      !x.category,
  )!
  return formatObservation(o, dataset.series.find((s) => s.id === h.seriesId)!.unit, locale)
}

describe("a synthetic next year, added as data only", () => {
  it("adds a year to every figure that follows the latest year, and leaves pinned ones alone", () => {
    expect(following.length).toBeGreaterThan(0)
    expect(pinned).toEqual(["sextortion"])
    for (const id of following) expect(figurePair(dataset, id), id).toEqual({ from: "2024", to: "2025" })
    expect(figurePair(dataset, "sextortion")).toEqual({ from: "2024-H1", to: "2025-H1" })
    expect(state.added.every((a) => a.period === "2025")).toBe(true)
  })

  it("moves the title's span and each figure's own span", () => {
    expect(coverageYears(dataset)).toBe("2021–2026")
    expect(figureTitle(dataset, "enticement", "en")).toBe("Online enticement reports to NCMEC, 2021–2026")
    expect(figureTitle(dataset, "iwf", "ar")).toBe("البلاغات التي قيّمتها IWF والتي أكدتها، 2023–2025")
  })

  for (const locale of LOCALES) {
    it(`gives every following figure a takeaway about the new year, with its reasons (${locale})`, () => {
      const t = translatorFor(locale, "takeaway")
      for (const id of following) {
        const s = buildTakeaway(dataset, id, locale, t)
        expect(s, id).toContain(newHeadlineValue(id, locale))
        expect(s, id).toContain("2025")
        // The change is never given without what moved it: here, the caveat the new year brought.
        expect(s, id).toContain(SYNTHETIC.title[locale])
        // The reading written for 2023→2024 no longer speaks for the figure: the takeaway is built.
        expect(currentReading(dataset, id), id).toBeUndefined()
        const built = CATALOGUES[locale].takeaway.built
        expect(s, id).toContain(built.slice(built.indexOf("). ") + 3, built.indexOf(" {reasons}")))
      }
    })

    it(`keeps the pinned figure's reading, which still explains its change (${locale})`, () => {
      const s = buildTakeaway(dataset, "sextortion", locale, translatorFor(locale, "takeaway"))
      expect(s).not.toContain(SYNTHETIC.title[locale])
      expect(s).toContain("18,898")
    })

    it(`leads each slide with the new year, its caveat and talking points (${locale})`, () => {
      const tb = translatorFor(locale, "briefing")
      for (const id of following) {
        const h = buildHeadline(dataset, id, locale, tb)
        expect(h.period, id).toBe("2025")
        expect(h.value, id).toBe(newHeadlineValue(id, locale))
        expect(
          h.comparison.reasons.map((c) => c.id),
          id,
        ).toContain(SYNTHETIC.caveatId)
        const slide = buildFigureSlide(dataset, id, locale, tb, (v) => v)
        expect(
          slide.caveats.map((c) => c.id),
          id,
        ).toContain(SYNTHETIC.caveatId)
        expect(slide.notes.join(" "), id).toContain(SYNTHETIC.title[locale])
        expect(slide.takeaway, id).toContain(newHeadlineValue(id, locale))
      }
    })

    it(`draws the new year and its event on every following figure's chart (${locale})`, () => {
      for (const id of following) {
        const spec = getChartSpec({ kind: "figure", id }, locale)!
        const periods = spec.panels.flatMap((p) => p.layers.flatMap((l) => l.points.map((pt) => pt.period)))
        expect(periods, id).toContain("2025")
        const content = getChartContent(dataset, { kind: "figure", id }, locale)!
        expect(
          content.events.map((e) => e.id),
          id,
        ).toContain(SYNTHETIC.eventId)
        expect(
          content.caveats.map((c) => c.id),
          id,
        ).toContain(SYNTHETIC.caveatId)
      }
    })

    it(`puts the new year, its caveat and its takeaway in every export (${locale})`, () => {
      for (const id of following) {
        const ref = { kind: "figure" as const, id }
        const svg = buildChartExport(ref, locale, "svg", { origin: "https://x.example", embedFonts: false })!
        expect(svg.body, id).toContain("2025")
        expect(svg.body, id).toContain(SYNTHETIC.title[locale])
        const csv = buildChartExport(ref, locale, "csv", { origin: "https://x.example" })!
        expect(csv.body, id).toContain("2025")
        expect(csv.body, id).toContain(SYNTHETIC.title[locale])
        const json = JSON.parse(buildChartExport(ref, locale, "json", { origin: "https://x.example" })!.body)
        expect(JSON.stringify(json), id).toContain('"2025"')
      }
      const all = observationsToCsv(dataset, dataset.observations, locale)
      for (const a of state.added) expect(all).toContain(a.seriesId)
    })

    it(`drops explainer examples whose year has moved on, rather than repeat an old year (${locale})`, () => {
      const { examples } = buildExplainerExamples(dataset, locale, (v) => v)
      expect(examples).toEqual([])
    })
  }

  it("says what the year after holds where only part of it is published", () => {
    const s = buildTakeaway(dataset, "enticement", "en", translatorFor("en", "takeaway"))
    expect(s).toContain("2026 so far: Jan–Jun 2026 only.")
  })
})
