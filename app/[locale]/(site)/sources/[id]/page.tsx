import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { CaveatList } from "@/components/caveat-list"
import { FiguresSection } from "@/components/figures-section"
import { PageSection } from "@/components/page-section"
import { UnverifiedList } from "@/components/unverified-list"
import { byKind, caveatsForSeries } from "@/lib/data/caveats"
import { getDataset } from "@/lib/data/dataset"
import { localizedPath } from "@/lib/i18n/paths"
import { localeOf } from "@/lib/i18n/locale"
import type { Caveat } from "@/lib/data/schema"

export function generateStaticParams() {
  return getDataset().sources.map((s) => ({ id: s.id }))
}

export const dynamicParams = false

export async function generateMetadata({ params }: PageProps<"/[locale]/sources/[id]">): Promise<Metadata> {
  const locale = await localeOf(params)
  const { id } = await params
  const source = getDataset().sources.find((s) => s.id === id)
  return source ? { title: source.name[locale] } : {}
}

export default async function SourcePage({ params }: PageProps<"/[locale]/sources/[id]">) {
  const locale = await localeOf(params)
  const { id } = await params
  const dataset = getDataset()
  const source = dataset.sources.find((s) => s.id === id)
  if (!source) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "sources" })
  const series = dataset.series.filter((s) => s.sourceId === id)
  const caveats = new Map<string, Caveat>()
  for (const s of series) for (const c of caveatsForSeries(dataset, s.id)) caveats.set(c.id, c)
  const page = localizedPath(`/sources/${id}`, locale)
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{source.name[locale]}</h1>
      <dl className="mt-6 grid gap-4 md:grid-cols-3" data-source-facts>
        {(["unitMeaning", "methodology", "coverage"] as const).map((a) => (
          <div key={a} className="rounded border border-slate-300 p-4">
            <dt className="font-semibold">{t(a)}</dt>
            <dd className="mt-1">{source[a][locale]}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm">
        {t("website")}:{" "}
        <a href={source.url} dir="ltr" className="break-all text-blue-800 underline underline-offset-2">
          {source.url}
        </a>
      </p>
      <PageSection id="series-heading" heading={t("seriesHeading")} className="mt-10">
        <div className="mt-6">
          <FiguresSection
            dataset={dataset}
            charts={series.map((s) => ({ kind: "series", id: s.id }))}
            locale={locale}
            headingLevel={3}
            citationsHref={page}
          />
        </div>
      </PageSection>
      <UnverifiedList
        dataset={dataset}
        observations={dataset.observations.filter((o) => series.some((s) => s.id === o.seriesId))}
        locale={locale}
      />
      <PageSection id="caveats-heading" heading={t("caveatsHeading")} className="mt-12">
        <CaveatList caveats={[...caveats.values()].sort(byKind)} locale={locale} />
      </PageSection>
    </>
  )
}
