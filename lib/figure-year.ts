import { isDrawable, isDrawnFigureOf } from "./confidence"
import { FIGURE_IDS, FIGURES, figureSeriesIds, type FigureId } from "./figures"
import { translatorFor } from "./i18n/translate"
import { comparePeriods, parsePeriod } from "./period"
import type { Dataset, FigureSetting, Locale, Observation } from "./schema"

// Which change each figure is about comes from data/figures.json, never from code: by default the latest
// full year that has a drawable figure for the year before, so that publishing a year moves every
// headline, takeaway and slide on by itself. A figure pins another pair only with a reason readers see.

export type PeriodPair = { from: string; to: string }

export function figureSetting(dataset: Dataset, id: FigureId): FigureSetting {
  const f = dataset.figures.find((x) => x.id === id)
  // validate.ts guarantees every figure is listed once, so this is a programming error, not bad data.
  if (!f) throw new Error(`data/figures.json has no entry for figure "${id}"`)
  return f
}

/** The drawable figure a series has for a period, in one country or category (or neither). */
export function headlineObservation(
  dataset: Dataset,
  seriesId: string,
  period: string,
  country?: string,
  category?: string,
): Observation | undefined {
  return dataset.observations.find((o) => isDrawnFigureOf(o, seriesId, period, country, category))
}

/**
 * The latest full year of a series that has a drawable figure, with the year before it also drawable.
 * Whether the two may be compared is the comparison's verdict (lib/compare.ts), shown with it; this only
 * picks the pair. Unverified figures never count: a year known only second-hand does not move a headline.
 */
export function latestFullYearPair(
  dataset: Dataset,
  seriesId: string,
  country?: string,
): PeriodPair | undefined {
  const years = new Set(
    dataset.observations
      .filter(
        (o) =>
          o.seriesId === seriesId &&
          o.country === country &&
          !o.category &&
          isDrawable(o) &&
          parsePeriod(o.period).half === null,
      )
      .map((o) => parsePeriod(o.period).year),
  )
  const latest = [...years].sort((a, b) => b - a).find((y) => years.has(y - 1))
  return latest === undefined ? undefined : { from: String(latest - 1), to: String(latest) }
}

/** The change a figure's headline, takeaway and slide are about. */
export function figurePair(dataset: Dataset, id: FigureId): PeriodPair {
  const h = figureSetting(dataset, id).headline
  if (h.from && h.to) return { from: h.from, to: h.to }
  const pair = latestFullYearPair(dataset, h.seriesId, h.country)
  if (!pair) throw new Error(`figure "${id}": ${h.seriesId} has no two consecutive full years to compare`)
  return pair
}

/** The written reading of the figure's current change, if one has been written for exactly that change. */
export function currentReading(dataset: Dataset, id: FigureId) {
  const pair = figurePair(dataset, id)
  return figureSetting(dataset, id).readings.find((r) => r.from === pair.from && r.to === pair.to)
}

export type YearSpan = { first: number; last: number }

/** First and last year with a drawable figure among some series (a half-year counts for its year). */
export function yearSpan(dataset: Dataset, seriesIds: readonly string[]): YearSpan | undefined {
  const ids = new Set(seriesIds)
  const years = dataset.observations
    .filter((o) => ids.has(o.seriesId) && isDrawable(o))
    .map((o) => parsePeriod(o.period).year)
  if (years.length === 0) return undefined
  return { first: Math.min(...years), last: Math.max(...years) }
}

/** "2021–2025"; one year alone where the span is a single year. */
export function formatYearSpan(span: YearSpan | undefined): string {
  if (!span) return ""
  return span.first === span.last ? String(span.first) : `${span.first}–${span.last}`
}

/**
 * What exists after the figure's year, for the sentence that says plainly where the latest year is
 * missing: half-years already published (drawn), and full-year figures known only second-hand (never
 * drawn, listed as not yet verified). Empty when the figure is about the latest year there is.
 */
export function laterPeriods(
  dataset: Dataset,
  id: FigureId,
): { drawn: string[]; unverified: string[]; year: number } | undefined {
  const h = figureSetting(dataset, id).headline
  const pair = figurePair(dataset, id)
  const after = dataset.observations.filter(
    (o) =>
      o.seriesId === h.seriesId &&
      o.country === h.country &&
      !o.category &&
      parsePeriod(o.period).year > parsePeriod(pair.to).year,
  )
  if (after.length === 0) return undefined
  const sorted = (os: Observation[]) => [...new Set(os.map((o) => o.period))].sort(comparePeriods)
  const drawn = sorted(after.filter(isDrawable))
  const unverified = sorted(after.filter((o) => !o.variant && !isDrawable(o))).filter(
    (p) => !drawn.includes(p),
  )
  const year = Math.max(...after.map((o) => parsePeriod(o.period).year))
  return { drawn, unverified, year }
}

/** The years the dashboard's figures cover, from their drawable figures: the site title's "2021–2025". */
export function coverageYears(dataset: Dataset): string {
  const ids = FIGURE_IDS.flatMap((id) => figureSeriesIds(FIGURES[id]))
  return formatYearSpan(yearSpan(dataset, ids))
}

/** A figure's title, with the years its own drawable figures cover. */
export function figureTitle(dataset: Dataset, id: FigureId, locale: Locale): string {
  const years = formatYearSpan(yearSpan(dataset, figureSeriesIds(FIGURES[id])))
  return translatorFor(locale, "figures")(`${id}.title`, { years })
}
