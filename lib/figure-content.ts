import { inhopeWithoutSafenet } from "./adjusted"
import { caveatsForSeries, isGeneralCaveat } from "./caveats"
import { footnoteLabel } from "./citation"
import { observationKey, sourceLabel } from "./chart"
import { FIGURES, figureSeriesIds, type FigureId } from "./figures"
import { formatCountry, formatQualified } from "./format"
import { getSeries } from "./observations"
import { comparePeriods } from "./period"
import type { Caveat, CaveatKind, Dataset, Locale, Observation } from "./schema"
import { formatPeriod } from "./time"

// What moved the numbers first, then what limits them, then notes on the data itself.
const KIND_ORDER: CaveatKind[] = [
  "method-change",
  "technology-change",
  "detection-change",
  "legal-change",
  "one-off-contributor",
  "partial-period",
  "coverage",
  "definition",
  "data-quality",
  "revision",
  "interpretation",
]

/** The caveats specific to a figure (the general ones are said once per page), most decisive first. */
export function figureCaveats(dataset: Dataset, id: FigureId): Caveat[] {
  const seen = new Map<string, Caveat>()
  for (const seriesId of figureSeriesIds(FIGURES[id])) {
    for (const c of caveatsForSeries(dataset, seriesId)) if (!isGeneralCaveat(c)) seen.set(c.id, c)
  }
  return [...seen.values()].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
}

/** Caveats that explain a change or qualify a value (shown in full in the callout); the rest by title. */
export function isDriverCaveat(c: Caveat): boolean {
  return !["revision", "definition", "interpretation"].includes(c.kind)
}

/** Every observation behind a figure, variants and the derived adjusted view included, in table order. */
export function figureObservations(dataset: Dataset, id: FigureId): Observation[] {
  const ids = figureSeriesIds(FIGURES[id])
  const rows = dataset.observations.filter((o) => ids.includes(o.seriesId))
  const adjusted = FIGURES[id].panels.some((p) => p.adjusted === "inhope-without-safenet")
    ? inhopeWithoutSafenet(dataset)
    : []
  return [...rows, ...adjusted].sort(
    (a, b) =>
      ids.indexOf(a.seriesId) - ids.indexOf(b.seriesId) ||
      comparePeriods(a.period, b.period) ||
      (a.country ?? "").localeCompare(b.country ?? "") ||
      (a.variant ? 1 : 0) - (b.variant ? 1 : 0),
  )
}

export type TableRow = {
  key: string
  series: string
  period: string
  value: string
  status: Observation["status"]
  variant?: string
  derived: boolean
  source: string
}

export function figureTableRows(dataset: Dataset, id: FigureId, locale: Locale): TableRow[] {
  return figureObservations(dataset, id).map((o) => {
    const series = getSeries(dataset, o.seriesId)!
    const label = [series.title[locale], o.country && formatCountry(o.country, locale), o.category]
      .filter(Boolean)
      .join(", ")
    return {
      key: observationKey(o),
      series: label,
      period: formatPeriod(o.period, locale),
      value: formatQualified(o.value, series.unit, locale, o.qualifier),
      status: o.status,
      variant: o.variant,
      derived: o.variant === "without-safenet-bulgaria",
      source: sourceLabel(o.citations, locale),
    }
  })
}

/** "NCMEC, IWF · GTA 2025, footnotes 12, 14, 61": organisations and the GTA 2025 footnotes a figure rests on. */
export function figureSourceLine(dataset: Dataset, id: FigureId, locale: Locale): string {
  const ids = figureSeriesIds(FIGURES[id])
  const orgs = [...new Set(ids.map((s) => getSeries(dataset, s)!.sourceId))].map(
    (sid) => dataset.sources.find((s) => s.id === sid)!.shortName,
  )
  const footnotes = [
    ...new Set(
      dataset.observations
        .filter((o) => ids.includes(o.seriesId))
        .flatMap((o) => o.citations.flatMap((c) => (c.kind === "gta2025" ? c.footnotes : []))),
    ),
  ].sort((a, b) => a - b)
  const gta = locale === "ar" ? "تقييم التهديدات العالمية 2025" : "GTA 2025"
  const comma = locale === "ar" ? "، " : ", "
  return `${orgs.join(comma)} · ${gta}${comma}${footnoteLabel(footnotes, locale)}`
}
