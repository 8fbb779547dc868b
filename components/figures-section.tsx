import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query"
import { getTranslations } from "next-intl/server"
import { Figure, type FigureContent } from "@/components/figure/figure"
import type { ChartRef } from "@/lib/chart"
import {
  caveatsForSeriesIds,
  eventsForSeriesIds,
  figureObservations,
  observationsForTable,
  sourceLineForSeriesIds,
  toTableRows,
} from "@/lib/figure-content"
import { getChartSpec } from "@/lib/figure-spec"
import { FIGURES, figureSeriesIds, isFigureId } from "@/lib/figures"
import { localizedPath } from "@/lib/i18n/paths"
import { translatorFor } from "@/lib/i18n/translate"
import { chartQueryOptions } from "@/lib/queries"
import type { Dataset, Locale } from "@/lib/schema"
import { buildTakeaway } from "@/lib/takeaway"

type Props = {
  dataset: Dataset
  charts: ChartRef[]
  locale: Locale
  headingLevel?: 1 | 2 | 3
  /** The page that lists these charts' caveats with citations (default: each figure's own page). */
  citationsHref?: string
}

async function contentFor(
  dataset: Dataset,
  chart: ChartRef,
  locale: Locale,
  citationsHref?: string,
): Promise<FigureContent> {
  if (chart.kind === "figure" && isFigureId(chart.id)) {
    const tf = await getTranslations({ locale, namespace: "figures" })
    const seriesIds = figureSeriesIds(FIGURES[chart.id])
    const page = localizedPath(`/figures/${chart.id}`, locale)
    return {
      title: tf(`${chart.id}.title`),
      takeaway: buildTakeaway(dataset, chart.id, locale, translatorFor(locale, "takeaway")),
      caveats: caveatsForSeriesIds(dataset, seriesIds),
      rows: toTableRows(dataset, figureObservations(dataset, chart.id), locale),
      events: eventsForSeriesIds(dataset, seriesIds),
      sourceLine: sourceLineForSeriesIds(dataset, seriesIds, locale),
      citationsHref: citationsHref ?? page,
      openHref: citationsHref === page ? undefined : page,
    }
  }
  const series = dataset.series.find((s) => s.id === chart.id)!
  const ids = [series.id]
  return {
    title: series.title[locale],
    caveats: caveatsForSeriesIds(dataset, ids),
    rows: toTableRows(dataset, observationsForTable(dataset, ids, true), locale),
    events: eventsForSeriesIds(dataset, ids),
    sourceLine: sourceLineForSeriesIds(dataset, ids, locale),
    citationsHref: citationsHref ?? localizedPath(`/sources/${series.sourceId}`, locale),
  }
}

/**
 * Charts with their data prefetched on the server under the client's own queryOptions, so they hydrate
 * from the page instead of asking the API again.
 */
export async function FiguresSection({ dataset, charts, locale, headingLevel, citationsHref }: Props) {
  const queryClient = new QueryClient()
  const specs = charts.map((c) => getChartSpec(c, locale)!)
  await Promise.all(
    charts.map((c, i) =>
      queryClient.prefetchQuery({ ...chartQueryOptions(c, locale), queryFn: () => specs[i]! }),
    ),
  )
  const contents = await Promise.all(charts.map((c) => contentFor(dataset, c, locale, citationsHref)))
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <div className="space-y-12">
        {charts.map((chart, i) => (
          <Figure
            key={`${chart.kind}-${chart.id}`}
            dataset={dataset}
            chart={chart}
            locale={locale}
            spec={specs[i]!}
            content={contents[i]!}
            headingLevel={headingLevel}
          />
        ))}
      </div>
    </HydrationBoundary>
  )
}
