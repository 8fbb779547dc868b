import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { NuqsAdapter } from "nuqs/adapters/next/app"
import { Suspense } from "react"
import { CompareControls, PrerenderedCompareControls } from "@/components/compare-controls"
import { LocaleLink } from "@/components/locale-link"
import { comparablePeriods } from "@/lib/analysis/compare-pair"
import { isValidTo } from "@/lib/url/compare-to"
import { observationTier } from "@/lib/data/confidence"
import { observationLabel } from "@/lib/charts/series-content"
import { COMMA, formatList } from "@/lib/format/values"
import { getDataset } from "@/lib/data/dataset"
import { localeOf } from "@/lib/i18n/locale"
import { comparePeriods } from "@/lib/data/period"
import { formatPeriod } from "@/lib/format/time"

export async function generateMetadata({ params }: LayoutProps<"/[locale]/compare">): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = await getTranslations({ locale, namespace: "compare" })
  return { title: t("title") }
}

/**
 * What every /compare route shares (lib/http/query-views.ts): the heading, the verdict key and the
 * controls. The controls live here so that they stay mounted, with the reader's focus, when a change
 * moves between the prerendered default view, a prerendered view (`?series=x`) and the on-demand
 * selection route.
 *
 * The controls read the query in the browser. While a page is prerendered there is no query, so the
 * Suspense fallback (the same controls, showing the selection of the route being prerendered) is what its
 * HTML carries; the selection route renders the controls with the request's query.
 */
export default async function CompareLayout({ children, params }: LayoutProps<"/[locale]/compare">) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "compare" })
  const dataset = getDataset()
  const seriesOptions = dataset.series.map((s) => ({
    id: s.id,
    label: s.title[locale],
    sourceId: s.sourceId,
    periods: [
      ...new Set(dataset.observations.filter((o) => o.seriesId === s.id && !o.variant).map((o) => o.period)),
    ]
      .sort(comparePeriods)
      .map((p) => ({ id: p, label: formatPeriod(p, locale) })),
    pairPeriods: comparablePeriods(dataset, [s.id]),
  }))
  // Every period From and To can offer, for the notes said when a change of From moves or clears To.
  const periods = [...new Map(seriesOptions.flatMap((s) => s.periods).map((p) => [p.id, p])).values()]
  // Figures known only second-hand are never compared: say which, so a missing year is not a mystery.
  const unverified = dataset.observations
    .filter((o) => !o.variant && observationTier(o) === "unverified")
    .sort((a, b) => comparePeriods(a.period, b.period))
    .map((o) => `${observationLabel(dataset, o, locale)}${COMMA[locale]}${formatPeriod(o.period, locale)}`)
  const controls = {
    sources: dataset.sources.map((s) => ({ id: s.id, label: s.name[locale] })),
    series: seriesOptions,
    labels: {
      legend: t("filters"),
      source: t("source"),
      series: t("series"),
      from: t("from"),
      to: t("to"),
      all: t("all"),
      allPeriods: t("allPeriods"),
      adjusted: t("adjusted"),
      hintPair: t("hint.pair"),
      hintSeries: t("hint.series"),
      // Written here for every From and each To it may move to: the controls hold no translator.
      toMoved: Object.fromEntries(
        periods.map((from) => [
          from.id,
          Object.fromEntries(
            periods
              .filter((to) => to.id !== from.id && isValidTo(from.id, to.id))
              .map((to) => [to.id, t("toMoved", { from: from.label, to: to.label })]),
          ),
        ]),
      ),
      toCleared: Object.fromEntries(periods.map((from) => [from.id, t("toCleared", { from: from.label })])),
    },
  }

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
      {unverified.length > 0 && (
        <p className="mt-4 max-w-4xl text-sm" data-compare-unverified>
          {t("unverified", { list: formatList(unverified, locale) })}{" "}
          <LocaleLink href="/sources" locale={locale} className="underline">
            {t("unverifiedLink")}
          </LocaleLink>
        </p>
      )}
      <div className="mt-6">
        <NuqsAdapter>
          <Suspense fallback={<PrerenderedCompareControls {...controls} />}>
            <CompareControls {...controls} />
          </Suspense>
        </NuqsAdapter>
      </div>
      {children}
    </>
  )
}
