import { getTranslations, setRequestLocale } from "next-intl/server"
import { Explainer } from "@/components/explainer"
import { FiguresSection } from "@/components/figures-section"
import { PageSection } from "@/components/page-section"
import { ReportGaps } from "@/components/report-gaps"
import { SeriesList } from "@/components/series-list"
import { isGeneralCaveat } from "@/lib/data/caveats"
import { getDataset } from "@/lib/data/dataset"
import { coverageYears, figureTitle } from "@/lib/analysis/figure-year"
import { FIGURE_IDS } from "@/lib/charts/figure-defs"
import { localeOf } from "@/lib/i18n/locale"

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "home" })
  const tf = await getTranslations({ locale, namespace: "figures" })
  const te = await getTranslations({ locale, namespace: "explainer" })
  const tg = await getTranslations({ locale, namespace: "gaps" })
  const dataset = getDataset()
  const general = dataset.caveats.filter(isGeneralCaveat)
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight md:text-4xl">
        {t("heading", { years: coverageYears(dataset) })}
      </h1>
      <p className="mt-3 max-w-3xl text-lg">{t("lede")}</p>
      {/* The page is long (seven figures, then the gaps, the general caveats and every series): a list
          of its parts, each a link to its heading. Folded, so that it costs one line: open, it pushed
          the first chart out of the first screen, and charts are drawn only as they near the screen.
          On paper the links lead nowhere, so it is not printed. */}
      <nav aria-label={t("toc")} className="mt-4 text-sm print:hidden" data-toc>
        <details>
          <summary className="cursor-pointer py-1 font-semibold text-blue-800">{t("toc")}</summary>
          <ol className="mt-1 gap-x-6 sm:columns-2 lg:columns-3">
            {[
              { href: "#explainer-heading", text: te("heading") },
              ...FIGURE_IDS.map((id) => ({ href: `#figure-${id}`, text: figureTitle(dataset, id, locale) })),
              { href: "#gaps-heading", text: tg("heading") },
              { href: "#general-caveats", text: t("generalHeading") },
              { href: "#all-series", text: t("seriesHeading") },
            ].map((item) => (
              <li key={item.href} className="break-inside-avoid">
                <a
                  href={item.href}
                  className="inline-flex min-h-6 items-center text-blue-800 underline underline-offset-2"
                >
                  {item.text}
                </a>
              </li>
            ))}
          </ol>
        </details>
      </nav>
      <div className="mt-6">
        <Explainer dataset={dataset} locale={locale} />
      </div>
      <section aria-labelledby="figures-heading" className="mt-10">
        <h2 id="figures-heading" className="sr-only">
          {tf("heading")}
        </h2>
        <FiguresSection
          dataset={dataset}
          charts={FIGURE_IDS.map((id) => ({ kind: "figure", id }))}
          locale={locale}
        />
      </section>
      {/* After the figures, so the first chart stays in the first screen; apart from them, in its own units. */}
      <div className="mt-14">
        <ReportGaps dataset={dataset} locale={locale} />
      </div>
      <section
        aria-labelledby="general-caveats"
        className="mt-14 rounded border-s-4 border-slate-500 bg-slate-50 p-4"
      >
        <h2 id="general-caveats" className="text-xl font-semibold">
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
      <PageSection id="all-series" heading={t("seriesHeading")} className="mt-10" weight="semibold">
        <div className="mt-4">
          <SeriesList dataset={dataset} locale={locale} />
        </div>
      </PageSection>
    </>
  )
}
