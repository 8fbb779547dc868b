import { FIGURES, figureSeriesIds, type FigureId } from "@/lib/charts/figure-defs"
import type { RawDataset } from "@/lib/data/validate"

// "How to add a year" (README), done to a copy of the data files exactly as a maintainer does it to
// data/: observations for the next year of every figure that follows the latest year, a caveat that
// moves them, an event on their charts, and nothing else: no code and no message is touched.
// Deliberately written against the raw JSON, not lib/, so that it cannot lean on the code it tests.

type Row = Record<string, unknown> & { seriesId: string; period: string; value: number }
type FigureRow = { id: string; headline: { seriesId: string; to?: string } }

export const SYNTHETIC = {
  caveatId: "synthetic-detection-change",
  eventId: "synthetic-reporting-event",
  title: {
    en: "Synthetic test: a platform changed its detection tools",
    ar: "اختبار اصطناعي: غيّرت منصة أدوات الكشف لديها",
  },
  event: { en: "Synthetic test: new reporting rules", ar: "اختبار اصطناعي: قواعد إبلاغ جديدة" },
  // The new year's figures are the old ones times this: different from every value the data holds.
  factor: 1.37,
} as const

const citation = {
  kind: "primary",
  publisher: { en: "Synthetic test source", ar: "مصدر اختباري اصطناعي" },
  url: "https://example.org/synthetic-year",
  quote: "A figure made up by the synthetic-year test.",
  confidence: "high",
  read: "2026-12-01",
}

const fullYear = (p: string) => /^\d{4}$/.test(p)

/** Every series drawn by a figure that follows the latest year (how a figure is drawn is code: lib/charts/figure-defs.ts). */
function figureSeries(raw: RawDataset): string[] {
  return (raw.figures.data as FigureRow[])
    .filter((f) => !f.headline.to)
    .flatMap((f) => [f.headline.seriesId, ...figureSeriesIds(FIGURES[f.id as FigureId])])
}

export type SyntheticYear = {
  raw: RawDataset
  /** The new figures, by series: the year each was added for and its rows (one per country for shares). */
  added: { seriesId: string; period: string; rows: Row[] }[]
}

/**
 * The next full year for every series whose figure follows the latest year (pinned figures are left
 * alone), plus a January–June of the year after for one series, so that the title's span moves too.
 * A year already listed as "reported elsewhere, not yet verified" is replaced by the verified figure,
 * as the README says to do.
 */
export function withNextYear(source: RawDataset, extraSeries: readonly string[] = []): SyntheticYear {
  const raw = structuredClone(source)
  const files = raw.observations.map((f) => f.data as Row[])
  const added: SyntheticYear["added"] = []
  const targets = [...new Set([...figureSeries(raw), ...extraSeries])]
  for (const seriesId of targets) {
    const rows = files
      .flat()
      .filter(
        (o) => o.seriesId === seriesId && !o.variant && !o.category && fullYear(o.period) && verified(o),
      )
    const latest = Math.max(...rows.map((o) => Number(o.period)))
    const period = String(latest + 1)
    const file = files.find((f) => f.some((o) => o.seriesId === seriesId))!
    const newRows = rows
      .filter((o) => o.period === String(latest))
      .map((o): Row => {
        // A share keeps its value (country shares must stay within 100 %); a count grows by the factor.
        const value = o.country ? o.value : Math.round(o.value * SYNTHETIC.factor)
        const row: Row = { seriesId, period, value, status: "reported", citations: [citation] }
        if (o.country) row.country = o.country
        return row
      })
    for (const r of newRows) {
      // What the year held before (a second-hand figure, never drawn) is replaced by the verified one.
      for (const f of files) {
        const i = f.findIndex(
          (o) =>
            o.seriesId === seriesId &&
            o.period === period &&
            o.country === r.country &&
            !o.variant &&
            !o.category,
        )
        if (i >= 0) f.splice(i, 1)
      }
      file.push(r)
    }
    added.push({ seriesId, period, rows: newRows })
  }
  const caveats = raw.caveats.data as Record<string, unknown>[]
  const years = [...new Set(added.map((a) => a.period))]
  caveats.push({
    id: SYNTHETIC.caveatId,
    kind: "detection-change",
    appliesTo: { seriesIds: targets, periods: years },
    title: SYNTHETIC.title,
    text: {
      en: "Synthetic test: one platform's new detection tools raised its reports in the new year.",
      ar: "اختبار اصطناعي: رفعت أدوات الكشف الجديدة لدى منصة واحدة بلاغاتها في السنة الجديدة.",
    },
    citations: [citation],
  })
  const events = raw.events.data as Record<string, unknown>[]
  events.push({
    id: SYNTHETIC.eventId,
    date: `${years[0]}-03`,
    label: SYNTHETIC.event,
    seriesIds: targets,
    citations: [citation],
  })
  return { raw, added }
}

/** Not resting on low-confidence sources only (lib/data/confidence.ts, restated so as not to depend on it). */
function verified(o: Row): boolean {
  const citations = o.citations as { kind: string; confidence?: string }[]
  return citations.some((c) => c.kind === "gta2025" || c.confidence !== "low")
}

/** One more half-year after everything else, for the span of the title. */
export function withHalfYearAfter(raw: RawDataset, seriesId: string, period: string, value: number) {
  const file = raw.observations.find((f) => (f.data as Row[]).some((o) => o.seriesId === seriesId))!
  ;(file.data as Row[]).push({ seriesId, period, value, status: "preliminary", citations: [citation] })
}
