import {
  caveatsForSeriesIds,
  eventsForSeriesIds,
  figureObservations,
  isDriverCaveat,
  observationsForTable,
  sourceLineForSeriesIds,
  toTableRows,
  type TableRow,
} from "./series-content"
import type { ChartRef } from "./spec"
import { FIGURES, figureSeriesIds, isFigureId } from "./figure-defs"
import { localizedPath } from "../i18n/paths"
import { translatorFor } from "../i18n/translate"
import type { Caveat, Dataset, DatasetEvent, Locale, Observation } from "../data/schema"
import { figureTitle } from "../analysis/figure-year"
import { buildTakeaway } from "../analysis/takeaway"

/** Everything said around a chart, in one language: the same for the page, the exports and the slides. */
export type ChartContent = {
  title: string
  takeaway?: string
  /** What a series counts (series charts only: a figure's takeaway says it for its series). */
  definition?: string
  seriesIds: string[]
  caveats: Caveat[]
  observations: Observation[]
  rows: TableRow[]
  events: DatasetEvent[]
  sourceLine: string
  /** The chart's own page: the figure page, or the source page for a series. */
  pagePath: string
  /** File names: <figure-id>_<locale>_<dataset-version>.<ext> */
  fileStem: string
}

/**
 * What a chart says about the series it draws, the same for a figure's and a series' chart: their caveats,
 * the table's observations and rows, the events on them and the source line.
 */
function seriesContent(dataset: Dataset, seriesIds: string[], observations: Observation[], locale: Locale) {
  return {
    seriesIds,
    caveats: caveatsForSeriesIds(dataset, seriesIds),
    observations,
    rows: toTableRows(dataset, observations, locale),
    events: eventsForSeriesIds(dataset, seriesIds),
    sourceLine: sourceLineForSeriesIds(dataset, seriesIds, locale),
  }
}

export function getChartContent(dataset: Dataset, ref: ChartRef, locale: Locale): ChartContent | undefined {
  if (ref.kind === "figure") {
    if (!isFigureId(ref.id)) return undefined
    const seriesIds = figureSeriesIds(FIGURES[ref.id])
    const observations = figureObservations(dataset, ref.id)
    return {
      title: figureTitle(dataset, ref.id, locale),
      takeaway: buildTakeaway(dataset, ref.id, locale, translatorFor(locale, "takeaway")),
      ...seriesContent(dataset, seriesIds, observations, locale),
      pagePath: localizedPath(`/figures/${ref.id}`, locale),
      fileStem: `${ref.id}_${locale}_${dataset.meta.version}`,
    }
  }
  const series = dataset.series.find((s) => s.id === ref.id)
  if (!series) return undefined
  const seriesIds = [series.id]
  const observations = observationsForTable(dataset, seriesIds, true)
  return {
    title: series.title[locale],
    definition: series.definition[locale],
    ...seriesContent(dataset, seriesIds, observations, locale),
    pagePath: `${localizedPath(`/sources/${series.sourceId}`, locale)}#figure-series-${series.id}`,
    fileStem: `${series.id}_${locale}_${dataset.meta.version}`,
  }
}

/** The caveats an export must carry: those that explain a change or qualify a value. */
export function exportCaveats(content: ChartContent): Caveat[] {
  return content.caveats.filter(isDriverCaveat)
}
