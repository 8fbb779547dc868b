import { getTranslations } from "next-intl/server"
import { CopyButton } from "@/components/copy-button"
import { VerdictBadge } from "@/components/verdict-badge"
import { bridgeForChange } from "@/lib/analysis/bridge"
import { allComparisons, type Comparison } from "@/lib/analysis/compare"
import { formatObservation } from "@/lib/format/values"
import { localizedPath } from "@/lib/i18n/paths"
import { translatorFor } from "@/lib/i18n/translate"
import { getSeries } from "@/lib/data/observations"
import { isHalfYear } from "@/lib/data/period"
import type { Dataset, Locale } from "@/lib/data/schema"
import { buildComparisonSentence, formatChangeLabel } from "@/lib/analysis/sentence"
import { formatPeriod } from "@/lib/format/time"

/** The latest comparisons of a chart's series: never a change without its verdict and a way to its reasons. */
function latestComparisons(dataset: Dataset, seriesIds: string[]): Comparison[] {
  const all = allComparisons(dataset).filter((c) => seriesIds.includes(c.seriesId) && !c.country)
  return seriesIds.flatMap((id) =>
    [false, true].flatMap((half) =>
      all.filter((c) => c.seriesId === id && isHalfYear(c.to.period) === half).slice(-1),
    ),
  )
}

export async function FigureChanges({
  dataset,
  seriesIds,
  locale,
}: {
  dataset: Dataset
  seriesIds: string[]
  locale: Locale
}) {
  const comparisons = latestComparisons(dataset, seriesIds)
  if (comparisons.length === 0) return null
  const compareText = translatorFor(locale, "compare")
  const t = await getTranslations({ locale, namespace: "figure" })
  const tc = await getTranslations({ locale, namespace: "compare" })
  const tb = await getTranslations({ locale, namespace: "bridge" })
  return (
    <div className="mt-3" data-changes>
      <p className="sr-only">{t("changes")}</p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {comparisons.map((c) => {
          const unit = getSeries(dataset, c.seriesId)!.unit
          const change = formatChangeLabel(c, locale, compareText)
          const bridge = bridgeForChange(dataset, c.seriesId, c.from.period, c.to.period)
          const sentence = buildComparisonSentence(dataset, c, locale, compareText)
          const href = `${localizedPath("/compare", locale)}?series=${c.seriesId}&from=${c.from.period}&to=${c.to.period}`
          return (
            <li
              key={c.id}
              className="flex flex-wrap items-center gap-2"
              data-change-id={c.id}
              data-verdict={c.verdict}
            >
              <span>
                {t("changeOf", {
                  series: getSeries(dataset, c.seriesId)!.title[locale],
                  from: formatPeriod(c.from.period, locale),
                  to: formatPeriod(c.to.period, locale),
                })}{" "}
                <span className="font-semibold tabular-nums">{change}</span>
                <span className="sr-only"> ({formatObservation(c.to, unit, locale)})</span>
              </span>
              <VerdictBadge verdict={c.verdict} label={tc(`verdict.${c.verdict}`)} />
              {/* A standalone link, not one inside a sentence: at least 24 px tall (WCAG 2.5.8). */}
              <a
                href={href}
                className="inline-flex min-h-6 items-center text-blue-800 underline underline-offset-2"
              >
                {t("whyChange")}
              </a>
              {bridge && (
                <a
                  href={`#bridge-${bridge.def.id}`}
                  className="inline-flex min-h-6 items-center text-blue-800 underline underline-offset-2"
                  data-bridge-link
                >
                  {tb("link")}
                </a>
              )}
              {/* The caveated sentence to quote, here as on /compare: a brief is written from the figure. */}
              <details className="basis-full text-sm" data-change-sentence>
                <summary className="cursor-pointer font-medium text-blue-800">{tc("colCopy")}</summary>
                <p className="mt-1 max-w-4xl rounded bg-slate-50 p-2">{sentence}</p>
                <CopyButton
                  text={sentence}
                  label={tc("copy")}
                  copied={tc("copied")}
                  failed={tc("copyFailed")}
                />
              </details>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
