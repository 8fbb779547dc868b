import { getTranslations, setRequestLocale } from "next-intl/server"
import { SeriesList } from "@/components/series-list"
import { isGeneralCaveat } from "@/lib/caveats"
import { getDataset } from "@/lib/dataset"
import type { AppLocale } from "@/lib/i18n/routing"

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = (await params).locale as AppLocale
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "home" })
  const dataset = getDataset()
  const general = dataset.caveats.filter(isGeneralCaveat)
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("heading")}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t("lede")}</p>
      <section
        aria-labelledby="general-caveats"
        className="mt-8 rounded border-s-4 border-amber-700 bg-amber-50 p-4"
      >
        <h2 id="general-caveats" className="font-semibold">
          {t("generalHeading")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 ps-5">
          {general.map((c) => (
            <li key={c.id}>
              <strong>{c.title[locale]}.</strong> {c.text[locale]}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="all-series" className="mt-10">
        <h2 id="all-series" className="text-2xl font-semibold">
          {t("seriesHeading")}
        </h2>
        <div className="mt-4">
          <SeriesList dataset={dataset} locale={locale} />
        </div>
      </section>
    </>
  )
}
