import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getDataset } from "@/lib/data/dataset"
import { LocaleLink } from "@/components/locale-link"
import { PageSection } from "@/components/page-section"
import { localeOf } from "@/lib/i18n/locale"

export async function generateMetadata({ params }: PageProps<"/[locale]/sources">): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = await getTranslations({ locale, namespace: "sources" })
  return { title: t("title") }
}

export default async function SourcesPage({ params }: PageProps<"/[locale]/sources">) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "sources" })
  const dataset = getDataset()
  const notAdditive = dataset.caveats.find((c) => c.id === "sources-not-additive")
  const aspects = ["unitMeaning", "methodology", "coverage"] as const
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-3 max-w-4xl text-lg">{t("intro")}</p>
      {notAdditive && (
        <aside role="note" className="mt-6 rounded border-s-4 border-amber-700 bg-amber-50 p-4" data-callout>
          <p className="font-bold">{notAdditive.title[locale]}</p>
          <p className="mt-1">{notAdditive.text[locale]}</p>
        </aside>
      )}
      <PageSection id="side-by-side" heading={t("sideBySide")} className="mt-8" weight="semibold">
        <div className="mt-3 overflow-x-auto">
          <table className="w-full min-w-[48rem] table-fixed border-collapse text-sm" data-sources-table>
            <thead>
              <tr>
                <th scope="col" className="w-40 border-b-2 border-slate-400 p-2 text-start">
                  {t("aspect")}
                </th>
                {dataset.sources.map((s) => (
                  <th key={s.id} scope="col" className="border-b-2 border-slate-400 p-2 text-start">
                    <LocaleLink
                      locale={locale}
                      href={`/sources/${s.id}`}
                      className="text-blue-800 underline underline-offset-2"
                    >
                      {s.shortName}
                    </LocaleLink>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {aspects.map((a) => (
                <tr key={a} className="align-top">
                  <th scope="row" className="border-b border-slate-200 p-2 text-start font-semibold">
                    {t(a)}
                  </th>
                  {dataset.sources.map((s) => (
                    <td key={s.id} className="border-b border-slate-200 p-2">
                      {s[a][locale]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </PageSection>
      <ul className="mt-8 grid gap-4 md:grid-cols-2">
        {dataset.sources.map((s) => (
          <li key={s.id} className="rounded border border-slate-300 p-4" data-source-id={s.id}>
            <h2 className="text-lg font-semibold">{s.name[locale]}</h2>
            <p className="text-sm text-slate-700">
              {t("seriesCount", { count: dataset.series.filter((x) => x.sourceId === s.id).length })}
            </p>
            <LocaleLink
              locale={locale}
              href={`/sources/${s.id}`}
              className="mt-2 inline-block text-blue-800 underline underline-offset-2"
            >
              {t("open", { name: s.shortName })}
            </LocaleLink>
          </li>
        ))}
      </ul>
    </>
  )
}
