import { adjustedObservations } from "../analysis/adjusted"
import { byKind, caveatsForSeries, isGeneralCaveat } from "../data/caveats"
import { gtaFootnotesLabel } from "../format/citation"
import { sourceLabel } from "./spec"
import { observationKey } from "../data/observation-key"
import { FIGURES, figureSeriesIds, type FigureId } from "./figure-defs"
import { COMMA, formatAssumptions, formatCountry, formatObservation } from "../format/values"
import { getSeries } from "../data/observations"
import { comparePeriods } from "../data/period"
import type { Caveat, Dataset, DatasetEvent, Locale, Observation } from "../data/schema"
import { translatorFor } from "../i18n/translate"
import { formatPeriod } from "../format/time"

// What a chart of some series says around it: its caveats, table, events and source line. The dashboard's
// figures and the source pages' series charts are both built from these.

/** The caveats specific to these series (the general ones are said once per page), most decisive first. */
export function caveatsForSeriesIds(dataset: Dataset, seriesIds: string[]): Caveat[] {
  const seen = new Map<string, Caveat>()
  for (const seriesId of seriesIds) {
    for (const c of caveatsForSeries(dataset, seriesId)) if (!isGeneralCaveat(c)) seen.set(c.id, c)
  }
  return [...seen.values()].sort(byKind)
}

export function figureCaveats(dataset: Dataset, id: FigureId): Caveat[] {
  return caveatsForSeriesIds(dataset, figureSeriesIds(FIGURES[id]))
}

/** Caveats that explain a change or qualify a value (shown in full in the callout); the rest by title. */
export function isDriverCaveat(c: Caveat): boolean {
  return !["revision", "definition", "interpretation"].includes(c.kind)
}

/** Every observation of these series, variants and the derived adjusted views included, in table order. */
export function observationsForTable(
  dataset: Dataset,
  seriesIds: string[],
  withAdjusted: boolean,
): Observation[] {
  const rows = dataset.observations.filter((o) => seriesIds.includes(o.seriesId))
  const adjusted = withAdjusted ? seriesIds.flatMap((id) => adjustedObservations(dataset, id)) : []
  return [...rows, ...adjusted].sort(
    (a, b) =>
      seriesIds.indexOf(a.seriesId) - seriesIds.indexOf(b.seriesId) ||
      comparePeriods(a.period, b.period) ||
      (a.country ?? "").localeCompare(b.country ?? "") ||
      (a.category ?? "").localeCompare(b.category ?? "") ||
      (a.variant ? 1 : 0) - (b.variant ? 1 : 0),
  )
}

export function figureObservations(dataset: Dataset, id: FigureId): Observation[] {
  const withAdjusted = FIGURES[id].panels.some((p) => p.adjusted)
  return observationsForTable(dataset, figureSeriesIds(FIGURES[id]), withAdjusted)
}

export type TableRow = {
  key: string
  series: string
  period: string
  value: string
  status: Observation["status"]
  variant?: string
  derived: boolean
  /** What a derived value assumes, printed under it in the table. */
  assumptions?: string
  source: string
}

/** "IWF unique files, videos" or "INHOPE hosting share, Netherlands": what one observation is a figure of. */
export function observationLabel(dataset: Dataset, o: Observation, locale: Locale): string {
  const series = getSeries(dataset, o.seriesId)!
  const category = o.category && translatorFor(locale, "categories")(o.category)
  return [series.title[locale], o.country && formatCountry(o.country, locale), category]
    .filter(Boolean)
    .join(COMMA[locale])
}

export function toTableRows(dataset: Dataset, observations: Observation[], locale: Locale): TableRow[] {
  return observations.map((o) => {
    const series = getSeries(dataset, o.seriesId)!
    const label = observationLabel(dataset, o, locale)
    return {
      key: observationKey(o),
      series: label,
      period: formatPeriod(o.period, locale),
      value: formatObservation(o, series.unit, locale),
      status: o.status,
      variant: o.variant,
      derived: o.variant?.startsWith("without-") ?? false,
      ...(o.assumptions ? { assumptions: formatAssumptions(o, locale) } : {}),
      source: sourceLabel(o.citations, locale),
    }
  })
}

export function eventsForSeriesIds(dataset: Dataset, seriesIds: string[]): DatasetEvent[] {
  return dataset.events.filter((e) => e.seriesIds.some((s) => seriesIds.includes(s)))
}

/** "NCMEC, IWF · GTA 2025, footnotes 12, 14, 61": organisations and the GTA 2025 footnotes a chart rests on. */
export function sourceLineForSeriesIds(dataset: Dataset, seriesIds: string[], locale: Locale): string {
  const orgs = [...new Set(seriesIds.map((s) => getSeries(dataset, s)!.sourceId))].map(
    (sid) => dataset.sources.find((s) => s.id === sid)!.shortName,
  )
  const footnotes = [
    ...new Set(
      dataset.observations
        .filter((o) => seriesIds.includes(o.seriesId))
        .flatMap((o) => o.citations.flatMap((c) => (c.kind === "gta2025" ? c.footnotes : []))),
    ),
  ].sort((a, b) => a - b)
  if (footnotes.length === 0) return orgs.join(COMMA[locale])
  return `${orgs.join(COMMA[locale])} · ${gtaFootnotesLabel(footnotes, locale)}`
}
