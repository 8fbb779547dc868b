import { getTranslations } from "next-intl/server"
import { bridgeForChange } from "@/lib/analysis/bridge"
import { CopyButton } from "@/components/copy-button"
import { VerdictBadge } from "@/components/verdict-badge"
import type { Comparison } from "@/lib/analysis/compare"
import { SMALL_BASE } from "@/lib/analysis/compare"
import { formatAssumptions, formatCountry, formatNumber, formatObservation } from "@/lib/format/values"
import { localizedPath } from "@/lib/i18n/paths"
import { translatorFor } from "@/lib/i18n/translate"
import { getSeries } from "@/lib/data/observations"
import type { Dataset, Locale } from "@/lib/data/schema"
import {
  buildComparisonSentence,
  formatAdjustedChangeWithAbsolute,
  formatChangeWithAbsolute,
  formatSignedNumber,
} from "@/lib/analysis/sentence"
import { formatPeriod } from "@/lib/format/time"

type Props = { dataset: Dataset; comparison: Comparison; locale: Locale; showAdjusted: boolean }

/** One year-over-year change: never a number without its verdict, its reasons and a sentence to quote. */
export async function ComparisonCard({ dataset, comparison: c, locale, showAdjusted }: Props) {
  const t = await getTranslations({ locale, namespace: "compare" })
  const series = getSeries(dataset, c.seriesId)!
  const unit = series.unit
  const compareText = translatorFor(locale, "compare")
  const sentence = buildComparisonSentence(dataset, c, locale, compareText)
  // On a small base the card says why no percentage is shown.
  const change = c.smallBase
    ? t("smallBase", {
        absolute: formatSignedNumber(c.absolute, locale),
        base: formatNumber(SMALL_BASE, locale),
      })
    : formatChangeWithAbsolute(c, unit, locale, compareText)
  // Every derived value on the card (an implied count, a range, an adjusted total) shows what it assumes.
  const assumptions = [
    c.from,
    c.to,
    ...(c.likeForLike ? [c.likeForLike.from, c.likeForLike.to] : []),
    ...(showAdjusted && c.adjusted ? [c.adjusted.to] : []),
  ]
    .map((o) => ({
      period: `${formatPeriod(o.period, locale)}${o.variant?.startsWith("without-") ? ` (${t("adjustedShort")})` : o.seriesId !== c.seriesId ? ` (${getSeries(dataset, o.seriesId)!.title[locale]})` : ""}`,
      text: formatAssumptions(o, locale),
    }))
    .filter((a) => a.text)
  // The change drawn as its cited parts, where a bridge draws it.
  const bridge = bridgeForChange(dataset, c.seriesId, c.from.period, c.to.period)
  const tb = await getTranslations({ locale, namespace: "bridge" })
  const caveatHref = (id: string) => `${localizedPath(`/sources/${series.sourceId}`, locale)}#caveat-${id}`
  return (
    <li
      data-comparison={c.id}
      data-verdict={c.verdict}
      className="grid gap-3 rounded border border-slate-300 p-4 md:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]"
    >
      <div>
        <p className="font-semibold">
          {/* In words in Arabic ("من … إلى …"): an arrow between two numbers points the wrong way once
              the bidirectional algorithm lays them out right to left. */}
          {t("fromTo", { from: formatPeriod(c.from.period, locale), to: formatPeriod(c.to.period, locale) })}
          {c.country && <span className="font-normal"> · {formatCountry(c.country, locale)}</span>}
        </p>
        <p className="tabular-nums text-slate-800">
          {t("fromTo", {
            from: formatObservation(c.from, unit, locale),
            to: formatObservation(c.to, unit, locale),
          })}
        </p>
        <p className="mt-1 text-2xl font-bold tabular-nums" data-change>
          {change}
        </p>
        <div className="mt-2">
          <VerdictBadge verdict={c.verdict} label={t(`verdict.${c.verdict}`)} />
        </div>
      </div>
      <div className="space-y-2 text-sm">
        {(c.reasons.length > 0 || c.uncertain.length > 0) && (
          <div>
            <p className="font-semibold">{t("colWhy")}</p>
            <ul className="list-disc space-y-1 ps-5" data-reasons>
              {c.reasons.map((r) => (
                <li key={r.id}>
                  <a href={caveatHref(r.id)} className="text-blue-800 underline underline-offset-2">
                    {r.title[locale]}
                  </a>
                </li>
              ))}
              {c.uncertain.map((u) => (
                <li key={u.period}>
                  {t("uncertain", {
                    period: formatPeriod(u.period, locale),
                    status: t(`status.${u.status}`),
                  })}
                </li>
              ))}
            </ul>
          </div>
        )}
        {bridge && !c.country && (
          <p>
            {/* A standalone link, at least 24 px tall (WCAG 2.5.8). */}
            <a
              href={`${localizedPath(`/figures/${bridge.def.figure}`, locale)}#bridge-${bridge.def.id}`}
              className="inline-flex min-h-6 items-center font-medium text-blue-800 underline underline-offset-2"
              data-bridge-link={bridge.def.id}
            >
              {tb("link")}
            </a>
          </p>
        )}
        {c.verdict === "comparable" && <p className="text-slate-700">{t("verdictHelp.comparable")}</p>}
        {c.likeForLike && (
          <p data-like-for-like={c.likeForLike.id}>
            {t("likeForLike", {
              series: getSeries(dataset, c.likeForLike.seriesId)!.title[locale],
              change: formatChangeWithAbsolute(
                c.likeForLike,
                getSeries(dataset, c.likeForLike.seriesId)!.unit,
                locale,
                compareText,
              ),
              verdict: t(`verdict.${c.likeForLike.verdict}`),
            })}
          </p>
        )}
        {showAdjusted && c.adjusted && (
          <p data-adjusted>
            {t("adjustedLine", {
              contributor: getSeries(dataset, c.adjusted.caveat.adjustment!.subtractSeries)!.title[locale],
              value: formatObservation(c.adjusted.to, unit, locale),
              // The absolute change beside a percent here too, where both are known.
              change: formatAdjustedChangeWithAbsolute(
                { ...c, adjusted: c.adjusted },
                unit,
                locale,
                compareText,
              ),
            })}
          </p>
        )}
        {assumptions.length > 0 && (
          <div data-assumptions>
            <p className="font-semibold">{t("colAssumptions")}</p>
            <ul className="list-disc space-y-1 ps-5">
              {assumptions.map((a) => (
                <li key={a.period}>{t("assumptionItem", { period: a.period, assumptions: a.text })}</li>
              ))}
            </ul>
          </div>
        )}
        <details>
          <summary className="cursor-pointer font-medium text-blue-800">{t("colCopy")}</summary>
          <p className="mt-1 rounded bg-slate-50 p-2" data-sentence>
            {sentence}
          </p>
        </details>
        <CopyButton text={sentence} label={t("copy")} copied={t("copied")} failed={t("copyFailed")} />
      </div>
    </li>
  )
}
