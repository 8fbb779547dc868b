import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query"
import { Figure } from "@/components/figure/figure"
import type { ChartRef } from "@/lib/charts/spec"
import { getChartContent } from "@/lib/charts/content"
import { getChartSpec } from "@/lib/charts/served-spec"
import { chartQueryOptions } from "@/lib/http/queries"
import type { Dataset, Locale } from "@/lib/data/schema"

type Props = {
  dataset: Dataset
  charts: ChartRef[]
  locale: Locale
  headingLevel?: 1 | 2 | 3
  /** The page that lists these charts' caveats with citations (default: each chart's own page). */
  citationsHref?: string
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
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <div className="space-y-12">
        {charts.map((chart, i) => {
          const content = getChartContent(dataset, chart, locale)!
          const page = content.pagePath.split("#")[0]!
          return (
            <Figure
              key={`${chart.kind}-${chart.id}`}
              dataset={dataset}
              chart={chart}
              locale={locale}
              spec={specs[i]!}
              content={{
                ...content,
                citationsHref: citationsHref ?? page,
                openHref: chart.kind === "figure" && citationsHref !== page ? page : undefined,
              }}
              headingLevel={headingLevel}
            />
          )
        })}
      </div>
    </HydrationBoundary>
  )
}
