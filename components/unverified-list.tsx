import { getTranslations } from "next-intl/server"
import { CitationList } from "@/components/citation-list"
import { PageSection } from "@/components/page-section"
import { observationKey } from "@/lib/data/observation-key"
import { observationTier } from "@/lib/data/confidence"
import { observationLabel } from "@/lib/charts/series-content"
import { COMMA, formatObservation } from "@/lib/format/values"
import { getSeries } from "@/lib/data/observations"
import type { Dataset, Locale, Observation } from "@/lib/data/schema"
import { formatPeriod } from "@/lib/format/time"

/**
 * Figures whose only sources are low-confidence (aggregators, third-party transcriptions): listed here,
 * with their sources and grades, and never drawn or compared. Nothing is rendered where there are none.
 */
export async function UnverifiedList({
  dataset,
  observations,
  locale,
}: {
  dataset: Dataset
  observations: Observation[]
  locale: Locale
}) {
  const rows = observations.filter((o) => observationTier(o) === "unverified")
  if (rows.length === 0) return null
  const t = await getTranslations({ locale, namespace: "figurePage" })
  return (
    <PageSection id="unverified-heading" heading={t("unverifiedHeading")} className="mt-12" data-unverified>
      <p className="mt-2 max-w-4xl">{t("unverifiedIntro")}</p>
      <ul className="mt-4 space-y-6">
        {rows.map((o) => {
          const series = getSeries(dataset, o.seriesId)!
          return (
            <li
              key={observationKey(o)}
              className="border-s-4 border-dashed border-slate-400 ps-4"
              data-unverified-key={observationKey(o)}
            >
              <h3 className="font-semibold">
                {observationLabel(dataset, o, locale)}
                {COMMA[locale]}
                {formatPeriod(o.period, locale)}:{" "}
                <span className="tabular-nums">{formatObservation(o, series.unit, locale)}</span>
              </h3>
              {o.arithmetic && <p className="mt-1 text-sm">{o.arithmetic[locale]}</p>}
              <div className="mt-2">
                <CitationList citations={o.citations} locale={locale} />
              </div>
            </li>
          )
        })}
      </ul>
    </PageSection>
  )
}
