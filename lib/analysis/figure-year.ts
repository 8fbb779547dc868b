import { isDrawable, isDrawnFigureOf } from "../data/confidence"
import { FIGURE_IDS, FIGURES, figureSeriesIds, type FigureId } from "../charts/figure-defs"
import { translatorFor } from "../i18n/translate"
import { comparePeriods, parsePeriod } from "../data/period"
import type { Dataset, FigureSetting, Locale, Observation } from "../data/schema"

// Which change each figure is about comes from data/figures.json, never from code: by default the latest
// full year that has a drawable figure for the year before, so that publishing a year moves every
// headline, takeaway and slide on by itself. A figure pins another pair only with a reason readers see.

type PeriodPair = { from: string; to: string }

/**
 * The year a talk is about (`/briefing?year=2024`), or undefined for today's rule: each figure's latest
 * change. Every function below that takes one defaults to today's rule, so the default deck, the
 * dashboard and the exports are unchanged by it.
 */
export type TalkYear = number | undefined

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
 * Whether the two may be compared is the comparison's verdict (lib/analysis/compare.ts), shown with it; this only
 * picks the pair. Unverified figures never count: a year known only second-hand does not move a headline.
 */
function latestFullYearPair(
  dataset: Dataset,
  seriesId: string,
  country?: string,
  /** Only pairs whose later year is this year or before it. */
  year?: number,
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
  const latest = [...years]
    .sort((a, b) => b - a)
    .find((y) => (year === undefined || y <= year) && years.has(y - 1))
  return latest === undefined ? undefined : { from: String(latest - 1), to: String(latest) }
}

/**
 * The change a figure is about for a talk about `year`: the latest pair whose later period falls in that
 * year or before it. A pinned pair (data/figures.json) applies only while its later period does, because
 * its reason is about the data of that period (sextortion's January–June 2025 cannot speak for a 2024
 * talk); otherwise the default rule applies, limited to the year: full years, drawable figures only.
 * Undefined where nothing up to that year can be compared (genai and IWF before 2024).
 */
export function pairForYear(dataset: Dataset, id: FigureId, year: TalkYear): PeriodPair | undefined {
  const h = figureSetting(dataset, id).headline
  if (h.from && h.to && (year === undefined || parsePeriod(h.to).year <= year))
    return { from: h.from, to: h.to }
  return latestFullYearPair(dataset, h.seriesId, h.country, year)
}

/** Whether the figure's pair for `year` is the one data/figures.json pins, so that its reason applies. */
export function usesPinnedPair(dataset: Dataset, id: FigureId, year: TalkYear): boolean {
  const h = figureSetting(dataset, id).headline
  const pair = pairForYear(dataset, id, year)
  return h.from !== undefined && pair?.from === h.from && pair.to === h.to
}

/** The change a figure's headline, takeaway and slide are about (for a talk about `year`, if given). */
export function figurePair(dataset: Dataset, id: FigureId, year?: TalkYear): PeriodPair {
  const pair = pairForYear(dataset, id, year)
  if (!pair) {
    const h = figureSetting(dataset, id).headline
    const upTo = year === undefined ? "" : ` up to ${year}`
    throw new Error(`figure "${id}": ${h.seriesId} has no two consecutive full years to compare${upTo}`)
  }
  return pair
}

/**
 * The years a deck may be about: those in which at least one figure's change ends. A later year would
 * only repeat the latest deck under another name, and an earlier one has nothing to headline.
 */
export function talkYears(dataset: Dataset): number[] {
  const years = new Set(dataset.observations.filter(isDrawable).map((o) => parsePeriod(o.period).year))
  return [...years]
    .filter((y) =>
      FIGURE_IDS.some((id) => {
        const pair = pairForYear(dataset, id, y)
        return pair !== undefined && parsePeriod(pair.to).year === y
      }),
    )
    .sort((a, b) => a - b)
}

/**
 * The first change a figure has after `year`, for a slide that has nothing to compare up to that year
 * ("its first change is 2023 to 2024"). Undefined where there is none at all.
 */
export function firstPairAfter(dataset: Dataset, id: FigureId, year: number): PeriodPair | undefined {
  const later = [...new Set(dataset.observations.map((o) => parsePeriod(o.period).year))]
    .filter((y) => y > year)
    .sort((a, b) => a - b)
  for (const y of later) {
    const pair = pairForYear(dataset, id, y)
    if (pair) return pair
  }
  return undefined
}

/** The written reading of the figure's current change, if one has been written for exactly that change. */
export function currentReading(dataset: Dataset, id: FigureId, year?: TalkYear) {
  const pair = figurePair(dataset, id, year)
  return figureSetting(dataset, id).readings.find((r) => r.from === pair.from && r.to === pair.to)
}

type YearSpan = { first: number; last: number }

/** First and last year with a drawable figure among some series (a half-year counts for its year). */
function yearSpan(dataset: Dataset, seriesIds: readonly string[]): YearSpan | undefined {
  const ids = new Set(seriesIds)
  const years = dataset.observations
    .filter((o) => ids.has(o.seriesId) && isDrawable(o))
    .map((o) => parsePeriod(o.period).year)
  if (years.length === 0) return undefined
  return { first: Math.min(...years), last: Math.max(...years) }
}

/** "2021–2025"; one year alone where the span is a single year. */
function formatYearSpan(span: YearSpan | undefined): string {
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
  talkYear?: TalkYear,
): { drawn: string[]; unverified: string[]; year: number } | undefined {
  const h = figureSetting(dataset, id).headline
  const pair = figurePair(dataset, id, talkYear)
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
