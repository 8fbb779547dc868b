import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CaveatList } from "@/components/caveat-list"
import { FiguresSection } from "@/components/figures-section"
import { PageSection } from "@/components/page-section"
import { StatusBadge } from "@/components/status-badge"
import { UnverifiedList } from "@/components/unverified-list"
import { ObservationList } from "@/components/observation-list"
import { isGeneralCaveat } from "@/lib/data/caveats"
import { getDataset } from "@/lib/data/dataset"
import { figureTitle } from "@/lib/analysis/figure-year"
import { figureCaveats, figureObservations } from "@/lib/charts/series-content"
import { FIGURE_IDS, isFigureId } from "@/lib/charts/figure-defs"
import { formatPercentChange } from "@/lib/format/values"
import { LocaleLink } from "@/components/locale-link"
import { localizedPath } from "@/lib/i18n/paths"
import { localeOf } from "@/lib/i18n/locale"

export function generateStaticParams() {
  return FIGURE_IDS.map((id) => ({ id }))
}

export const dynamicParams = false

export async function generateMetadata({ params }: PageProps<"/[locale]/figures/[id]">): Promise<Metadata> {
  const locale = await localeOf(params)
  const { id } = await params
  if (!isFigureId(id)) return {}
  return { title: figureTitle(getDataset(), id, locale) }
}

export default async function FigurePage({ params }: PageProps<"/[locale]/figures/[id]">) {
  const locale = await localeOf(params)
  const { id } = await params
  if (!isFigureId(id)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "figurePage" })
  const ts = await getTranslations({ locale, namespace: "status" })
  const tfig = await getTranslations({ locale, namespace: "figure" })
  const dataset = getDataset()
  const caveats = figureCaveats(dataset, id)
  const general = dataset.caveats.filter(isGeneralCaveat)
  const observations = figureObservations(dataset, id)

  return (
    <>
      <p className="mb-4 text-sm">
        <LocaleLink locale={locale} href="/" className="text-blue-800 underline underline-offset-2">
          {t("back")}
        </LocaleLink>
      </p>
      <FiguresSection
        dataset={dataset}
        charts={[{ kind: "figure", id }]}
        locale={locale}
        headingLevel={1}
        citationsHref={localizedPath(`/figures/${id}`, locale)}
      />

      <UnverifiedList dataset={dataset} observations={observations} locale={locale} />

      <PageSection id="caveats-heading" heading={t("caveatsHeading")} className="mt-12">
        <CaveatList caveats={[...caveats, ...general]} locale={locale} />
      </PageSection>

      <PageSection id="observations-heading" heading={t("observationsHeading")} className="mt-12">
        <ObservationList
          dataset={dataset}
          observations={observations}
          locale={locale}
          itemClassName="border-s-4 border-slate-300 ps-4"
          keyAttribute="data-observation-key"
          badge={(o) => (
            <>
              {" "}
              <StatusBadge status={o.status} label={ts(o.status)} />
              {o.variant && (
                <span className="text-sm font-normal text-slate-700">
                  {" "}
                  ({o.variant.startsWith("without-") ? tfig("derived") : tfig("variant")})
                </span>
              )}
            </>
          )}
          details={(o) => (
            <>
              {o.arithmetic && (
                <p className="mt-1 text-sm">
                  <span className="font-semibold">{t("arithmetic")}:</span> {o.arithmetic[locale]}
                </p>
              )}
              {o.assumptions && (
                <div className="mt-1 text-sm" data-assumptions>
                  <p className="font-semibold">{t("assumptions")}:</p>
                  <ul className="list-disc ps-5">
                    {o.assumptions.map((a, i) => (
                      <li key={i}>{a[locale]}</li>
                    ))}
                  </ul>
                </div>
              )}
              {o.statedChanges?.map((s, i) => (
                <p key={i} className="mt-1 text-sm">
                  {t("statedChange", { percent: formatPercentChange(s.percent, locale), from: s.from })}
                </p>
              ))}
            </>
          )}
        />
      </PageSection>
    </>
  )
}
