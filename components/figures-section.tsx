import { Figure } from "@/components/figure/figure"
import type { ChartRef } from "@/lib/charts/spec"
import { getChartContent } from "@/lib/charts/content"
import { getChartSpec } from "@/lib/charts/served-spec"
import type { Dataset, Locale } from "@/lib/data/schema"

type Props = {
  dataset: Dataset
  charts: ChartRef[]
  locale: Locale
  headingLevel?: 1 | 2 | 3
  /** The page that lists these charts' caveats with citations (default: each chart's own page). */
  citationsHref?: string
}

/** The figures of a page, each with its chart's spec from the dataset (each chart takes its panels as props). */
export function FiguresSection({ dataset, charts, locale, headingLevel, citationsHref }: Props) {
  const specs = charts.map((c) => getChartSpec(c, locale)!)
  return (
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
  )
}
