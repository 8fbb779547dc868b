import { caveatsForObservation } from "./caveats"
import { formatCitations } from "./citation"
import { isDrawable, observationTier } from "./confidence"
import { localeSafeNumber, toCsv } from "./csv"
import { formatAssumptions } from "./format"
import { comparePeriods, isHalfYear } from "./period"
import type { Dataset, Locale, Observation, Series } from "./schema"

export type ObservationFilter = {
  series?: readonly string[]
  source?: readonly string[]
  period?: readonly string[]
  country?: readonly string[]
}

export function getSeries(dataset: Dataset, id: string): Series | undefined {
  return dataset.series.find((s) => s.id === id)
}

export function filterObservations(dataset: Dataset, filter: ObservationFilter): Observation[] {
  const sourceOf = new Map(dataset.series.map((s) => [s.id, s.sourceId]))
  return dataset.observations.filter(
    (o) =>
      (!filter.series || filter.series.includes(o.seriesId)) &&
      (!filter.source || filter.source.includes(sourceOf.get(o.seriesId) ?? "")) &&
      (!filter.period || filter.period.includes(o.period)) &&
      (!filter.country || (o.country !== undefined && filter.country.includes(o.country))),
  )
}

/** The observations a chart plots: the main reading of each figure, in time order (variants are listed, not drawn). */
export function chartedObservations(dataset: Dataset, seriesId: string): Observation[] {
  return dataset.observations
    .filter((o) => o.seriesId === seriesId && isDrawable(o))
    .sort((a, b) => comparePeriods(a.period, b.period))
}

/**
 * The latest full year's main readings (the latest half-year where a series has no full year): one value
 * for most series, the leading countries (largest share first) for a by-country series.
 */
export function latestObservations(dataset: Dataset, seriesId: string, maxCountries = 3): Observation[] {
  const rows = chartedObservations(dataset, seriesId).filter((o) => !o.category)
  const years = rows.filter((o) => !isHalfYear(o.period))
  const pool = years.length > 0 ? years : rows
  const period = pool.at(-1)?.period
  return pool
    .filter((o) => o.period === period)
    .sort((a, b) => b.value - a.value)
    .slice(0, maxCountries)
}

/** An observation as the API serves it: the record plus what it needs to be read correctly. */
export function toObservationRecord(dataset: Dataset, o: Observation) {
  const series = getSeries(dataset, o.seriesId)
  return {
    ...o,
    sourceId: series?.sourceId ?? "",
    unit: series?.unit ?? "",
    caveatIds: caveatsForObservation(dataset, o).map((c) => c.id),
    tier: observationTier(o),
  }
}

export const OBSERVATION_CSV_COLUMNS = [
  "series_id",
  "source_id",
  "period",
  "country",
  "category",
  "variant",
  "value",
  "value_any_locale",
  "unit",
  "status",
  "qualifier",
  "tier",
  "range_low",
  "range_high",
  "arithmetic",
  "assumptions",
  "caveat_ids",
  "citation",
] as const

export function observationsToCsv(
  dataset: Dataset,
  observations: Observation[],
  locale: Locale = "en",
): string {
  const rows = observations.map((o) => {
    const r = toObservationRecord(dataset, o)
    return [
      r.seriesId,
      r.sourceId,
      r.period,
      r.country,
      r.category,
      r.variant,
      r.value,
      localeSafeNumber(r.value),
      r.unit,
      r.status,
      r.qualifier,
      r.tier,
      r.range?.low,
      r.range?.high,
      r.arithmetic?.[locale],
      formatAssumptions(r, locale),
      r.caveatIds.join(";"),
      formatCitations(r.citations, locale),
    ]
  })
  return toCsv(OBSERVATION_CSV_COLUMNS, rows)
}
