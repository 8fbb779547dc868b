import { getTranslations } from "next-intl/server"
import { PageSection } from "@/components/page-section"
import { observationTier } from "@/lib/data/confidence"
import { ObservationList } from "@/components/observation-list"
import type { Dataset, Locale, Observation } from "@/lib/data/schema"

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
      <ObservationList
        dataset={dataset}
        observations={rows}
        locale={locale}
        itemClassName="border-s-4 border-dashed border-slate-400 ps-4"
        keyAttribute="data-unverified-key"
        details={(o) => o.arithmetic && <p className="mt-1 text-sm">{o.arithmetic[locale]}</p>}
      />
    </PageSection>
  )
}
