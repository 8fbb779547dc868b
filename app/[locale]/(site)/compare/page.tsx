import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { NuqsAdapter } from "nuqs/adapters/next/app"
import { CompareControls } from "@/components/compare-controls"
import { ComparisonCard } from "@/components/comparison-card"
import { loadCompareSearchParams, resolveCompareView } from "@/lib/compare-query"
import { getDataset } from "@/lib/dataset"
import type { AppLocale } from "@/lib/i18n/routing"
import { comparePeriods } from "@/lib/period"
import { formatPeriod } from "@/lib/time"

export async function generateMetadata({ params }: PageProps<"/[locale]/compare">): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "compare" })
  return { title: t("title") }
}

export default async function ComparePage({ params, searchParams }: PageProps<"/[locale]/compare">) {
  const locale = (await params).locale as AppLocale
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "compare" })
  const dataset = getDataset()
  const view = resolveCompareView(dataset, await loadCompareSearchParams(searchParams))
  const seriesOptions = dataset.series.map((s) => ({
    id: s.id,
    label: s.title[locale],
    sourceId: s.sourceId,
    periods: [
      ...new Set(dataset.observations.filter((o) => o.seriesId === s.id && !o.variant).map((o) => o.period)),
    ]
      .sort(comparePeriods)
      .map((p) => ({ id: p, label: formatPeriod(p, locale) })),
  }))
  const bySeries = dataset.series
    .map((s) => ({ series: s, comparisons: view.comparisons.filter((c) => c.seriesId === s.id) }))
    .filter((g) => g.comparisons.length > 0)

  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-3 max-w-4xl">{t("intro")}</p>
      <dl className="mt-4 grid gap-2 text-sm md:grid-cols-3">
        {(["comparable", "caution", "not-comparable"] as const).map((v) => (
          <div key={v}>
            <dt className="font-semibold">{t(`verdict.${v}`)}</dt>
            <dd>{t(`verdictHelp.${v}`)}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-6">
        <NuqsAdapter>
          <CompareControls
            sources={dataset.sources.map((s) => ({ id: s.id, label: s.name[locale] }))}
            series={seriesOptions}
            labels={{
              legend: t("filters"),
              source: t("source"),
              series: t("series"),
              from: t("from"),
              to: t("to"),
              all: t("all"),
              allPeriods: t("allPeriods"),
              adjusted: t("adjusted"),
            }}
          />
        </NuqsAdapter>
      </div>
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
