import { getTranslations } from "next-intl/server"
import { ComparisonCard } from "@/components/comparison-card"
import { resolveCompareView, type CompareQuery } from "@/lib/compare-query"
import { getDataset } from "@/lib/dataset"
import type { AppLocale } from "@/lib/i18n/routing"

/**
 * The comparisons a /compare query selects, grouped by series, with a note for every parameter that was
 * dropped. Rendered by both /compare routes: the prerendered default view and the on-demand selection.
 */
export async function CompareResults({ locale, query }: { locale: AppLocale; query: CompareQuery }) {
  const t = await getTranslations({ locale, namespace: "compare" })
  const dataset = getDataset()
  const view = resolveCompareView(dataset, query)
  const bySeries = dataset.series
    .map((s) => ({ series: s, comparisons: view.comparisons.filter((c) => c.seriesId === s.id) }))
    .filter((g) => g.comparisons.length > 0)
  return (
    <>
      {view.notes.length > 0 && (
        <div
          role="status"
          className="mt-4 rounded border-s-4 border-blue-800 bg-blue-50 p-3"
          data-compare-notes
        >
          {view.notes.map((n, i) => (
            <p key={i}>{t(`notes.${n.key}`, n.values)}</p>
          ))}
        </div>
      )}
      <div className="mt-8 space-y-10">
        {bySeries.length === 0 && <p>{t("noPairs")}</p>}
        {bySeries.map(({ series, comparisons }) => (
          <section key={series.id} aria-labelledby={`cmp-${series.id}`}>
            <h2 id={`cmp-${series.id}`} className="text-xl font-semibold">
              {series.title[locale]}{" "}
              <span className="text-base font-normal text-slate-700">
                ({dataset.sources.find((s) => s.id === series.sourceId)!.shortName})
              </span>
            </h2>
            <ul className="mt-3 space-y-3">
              {comparisons.map((c) => (
                <ComparisonCard
                  key={c.id}
                  dataset={dataset}
                  comparison={c}
                  locale={locale}
                  showAdjusted={view.selection.adjusted}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  )
}
