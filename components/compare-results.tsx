import { getTranslations } from "next-intl/server"
import { ComparisonCard } from "@/components/comparison-card"
import type { Comparison } from "@/lib/analysis/compare"
import { gapReasons, pairSummary, type PairView } from "@/lib/analysis/compare-pair"
import { resolveCompareView, type CompareQuery } from "@/lib/url/compare-query"
import { getDataset } from "@/lib/data/dataset"
import { formatList } from "@/lib/format/values"
import type { Locale } from "@/lib/i18n/locale"
import { getSeries } from "@/lib/data/observations"
import type { Dataset } from "@/lib/data/schema"
import { formatPeriod } from "@/lib/format/time"

type CardsProps = { dataset: Dataset; comparisons: Comparison[]; locale: Locale; showAdjusted: boolean }

function Cards({ dataset, comparisons, locale, showAdjusted }: CardsProps) {
  return (
    <ul className="mt-3 space-y-3">
      {comparisons.map((c) => (
        <ComparisonCard
          key={c.id}
          dataset={dataset}
          comparison={c}
          locale={locale}
          showAdjusted={showAdjusted}
        />
      ))}
    </ul>
  )
}

/**
 * /compare?from=…&to=… without a series: every series that has both periods, grouped by source, after a
 * summary of how many have the pair and which do not, and why.
 */
async function PairResults({
  dataset,
  pair,
  locale,
  showAdjusted,
}: {
  dataset: Dataset
  pair: PairView
  locale: Locale
  showAdjusted: boolean
}) {
  const t = await getTranslations({ locale, namespace: "compare.pair" })
  const summary = pairSummary(pair)
  const periods = { from: formatPeriod(pair.from, locale), to: formatPeriod(pair.to, locale) }
  const sourceOf = (seriesId: string) =>
    dataset.sources.find((s) => s.id === getSeries(dataset, seriesId)!.sourceId)!
  return (
    <>
      <div className="mt-8 max-w-4xl space-y-2" data-compare-pair-summary>
        <p className="font-semibold">
          {summary.series > 0
            ? t("summary", { ...periods, series: summary.series, comparisons: summary.comparisons })
            : t("none", periods)}
        </p>
        {pair.gaps.length > 0 && (
          <>
            <p>{t("gapsIntro", { count: summary.gaps })}</p>
            <ul className="list-disc space-y-1 ps-5 text-sm" data-compare-gaps>
              {pair.gaps.map((g) => (
                <li key={g.seriesId} data-compare-gap={g.seriesId}>
                  {t("gapItem", {
                    series: getSeries(dataset, g.seriesId)!.title[locale],
                    source: sourceOf(g.seriesId).shortName,
                    reasons: gapReasons(g)
                      .map((r) =>
                        t(`gap.${r.reason}`, {
                          periods: formatList(
                            r.periods.map((p) => formatPeriod(p, locale)),
                            locale,
                          ),
                          count: r.periods.length,
                        }),
                      )
                      .join(locale === "ar" ? "؛ " : "; "),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="mt-8 space-y-12">
        {pair.sources.map((group) => {
          const source = dataset.sources.find((s) => s.id === group.sourceId)!
          return (
            <section key={group.sourceId} aria-labelledby={`cmp-source-${group.sourceId}`}>
              <h2 id={`cmp-source-${group.sourceId}`} className="text-2xl font-semibold">
                {source.name[locale]}
              </h2>
              <div className="mt-4 space-y-8">
                {group.series.map(({ seriesId, comparisons }) => (
                  <section key={seriesId} aria-labelledby={`cmp-${seriesId}`}>
                    <h3 id={`cmp-${seriesId}`} className="text-xl font-semibold">
                      {getSeries(dataset, seriesId)!.title[locale]}
                    </h3>
                    <Cards
                      dataset={dataset}
                      comparisons={comparisons}
                      locale={locale}
                      showAdjusted={showAdjusted}
                    />
                  </section>
                ))}
              </div>
            </section>
          )
        })}
      </div>
    </>
  )
}

/**
 * The comparisons a /compare query selects, grouped by series (or, for one pair of periods across every
 * series, by source), with a note for every parameter that was dropped. Rendered by both /compare routes:
 * the prerendered default view and the on-demand selection.
 */
export async function CompareResults({ locale, query }: { locale: Locale; query: CompareQuery }) {
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
      {view.pair ? (
        <PairResults
          dataset={dataset}
          pair={view.pair}
          locale={locale}
          showAdjusted={view.selection.adjusted}
        />
      ) : (
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
              <Cards
                dataset={dataset}
                comparisons={comparisons}
                locale={locale}
                showAdjusted={view.selection.adjusted}
              />
            </section>
          ))}
        </div>
      )}
    </>
  )
}
