import { caveatsForObservation } from "./caveats"
import { formatCitations } from "../format/citation"
import { isDrawable, observationTier } from "./confidence"
import { localeSafeNumber, toCsv } from "../export/csv"
import { formatAssumptions } from "../format/values"
import { comparePeriods, isHalfYear } from "./period"
import type { Dataset, Locale, Observation, Series } from "./schema"

type ObservationFilter = {
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

/**
 * The columns an observation's row shares with a figure's (lib/export/figure-export.ts FIGURE_CSV_COLUMNS),
 * in two runs, so that the two files name and order them the same: the value with what it is a value of
 * (period, country, category, variant), then how it stands (unit, status, hedge, tier, range, basis, caveats).
 */
export const OBSERVATION_VALUE_COLUMNS = [
  "period",
  "country",
  "category",
  "variant",
  "value",
  "value_any_locale",
] as const
export const OBSERVATION_DETAIL_COLUMNS = [
  "unit",
  "status",
  "qualifier",
  "tier",
  "range_low",
  "range_high",
  "arithmetic",
  "assumptions",
  "caveat_ids",
] as const

/**
 * The columns every chart's CSV ends with (a figure's or a series', lib/export/figure-export.ts, and a
 * bridge's, lib/export/bridge-export.ts): what a row's value rests on and where it comes from, in one order.
 */
export const PROVENANCE_COLUMNS = ["caveat", "citation", "dataset_version", "dataset_date", "url"] as const

/** The file's own provenance cells, the same on every row (the row gives its caveat and citation). */
export function provenanceCells(dataset: Dataset, url: string) {
  return {
    // "v1.4.0", not "1.4.0": Calc with German or French settings reads a bare "1.4.0" as a date.
    dataset_version: `v${dataset.meta.version}`,
    dataset_date: dataset.meta.updated,
    url,
  }
}

export const OBSERVATION_CSV_COLUMNS = [
  "series_id",
  "source_id",
  ...OBSERVATION_VALUE_COLUMNS,
  ...OBSERVATION_DETAIL_COLUMNS,
  // Beside the ids, so that a reader of the file alone can tell what each row's caveats are about
  // (their full text is in the full download's caveats file, and at /api/caveats).
  "caveat_titles",
  "citation",
] as const

type ObservationColumn = (typeof OBSERVATION_CSV_COLUMNS)[number]

/**
 * Every observation as one row of the CSV's columns, values as they are (numbers as numbers): the CSV
 * writes them as text, a workbook (lib/export/dataset-download.ts) as typed cells. `value_any_locale` is
 * the value again, which the CSV writes in the form every spreadsheet locale reads as a number.
 */
export function observationRows(
  dataset: Dataset,
  observations: Observation[],
  locale: Locale = "en",
): Record<ObservationColumn, string | number | undefined>[] {
  return observations.map((o) => {
    const r = toObservationRecord(dataset, o)
    const caveats = caveatsForObservation(dataset, o)
    return {
      series_id: r.seriesId,
      source_id: r.sourceId,
      period: r.period,
      country: r.country,
      category: r.category,
      variant: r.variant,
      value: r.value,
      value_any_locale: r.value,
      unit: r.unit,
      status: r.status,
      qualifier: r.qualifier,
      tier: r.tier,
      range_low: r.range?.low,
      range_high: r.range?.high,
      arithmetic: r.arithmetic?.[locale],
      assumptions: formatAssumptions(r, locale),
      caveat_ids: r.caveatIds.join(";"),
      caveat_titles: caveats.map((c) => c.title[locale]).join(" | "),
      citation: formatCitations(r.citations, locale),
    }
  })
}

export function observationsToCsv(
  dataset: Dataset,
  observations: Observation[],
  locale: Locale = "en",
): string {
  const rows = observationRows(dataset, observations, locale).map((r) =>
    OBSERVATION_CSV_COLUMNS.map((c) =>
      c === "value_any_locale" ? localeSafeNumber(r.value as number) : r[c],
    ),
  )
  return toCsv(OBSERVATION_CSV_COLUMNS, rows)
}
