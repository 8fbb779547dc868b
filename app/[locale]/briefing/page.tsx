import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query"
import type { Metadata } from "next"
import { headers } from "next/headers"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { NuqsAdapter } from "nuqs/adapters/next/app"
import { Deck } from "@/components/briefing/deck"
import { ClosingSlide, FigureSlideView, HowToReadSlide, TitleSlide } from "@/components/briefing/slides"
import { buildFigureSlide, parseFigureList } from "@/lib/briefing"
import { getDataset } from "@/lib/dataset"
import { getChartSpec } from "@/lib/figure-spec"
import { localizedPath } from "@/lib/i18n/paths"
import type { AppLocale } from "@/lib/i18n/routing"
import { translatorFor } from "@/lib/i18n/translate"
import { chartQueryOptions } from "@/lib/queries"

export async function generateMetadata({ params }: PageProps<"/[locale]/briefing">): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "nav" })
  return { title: t("briefing") }
}

/**
 * A briefing deck generated from the dataset: title, how to read report data, one slide per figure
 * (`?figures=` chooses and orders them), sources and support. The slide is in the URL (`?slide=`).
 */
export default async function BriefingPage({ params, searchParams }: PageProps<"/[locale]/briefing">) {
  const locale = (await params).locale as AppLocale
  setRequestLocale(locale)
  const sp = await searchParams
  const { ids, invalid } = parseFigureList(typeof sp.figures === "string" ? sp.figures : undefined)
  const dataset = getDataset()
  const t = await getTranslations({ locale, namespace: "briefing" })
  const tn = await getTranslations({ locale, namespace: "nav" })
  const tc = await getTranslations({ locale, namespace: "compare" })
  const tt = translatorFor(locale, "briefing")
  const figureSlides = ids.map((id) => buildFigureSlide(dataset, id, locale, tt, (v) => tc(`verdict.${v}`)))
  const specs = figureSlides.map((s) => getChartSpec(s.chart, locale)!)
  const queryClient = new QueryClient()
  await Promise.all(
    figureSlides.map((s, i) =>
      queryClient.prefetchQuery({ ...chartQueryOptions(s.chart, locale), queryFn: () => specs[i]! }),
    ),
  )
  const host = (await headers()).get("host") ?? "localhost:3000"
  const origin = `${host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https"}://${host}`
  const sources = dataset.sources.map((s) => s.shortName).join(locale === "ar" ? "، " : ", ")

  const slides = [
    {
      id: "title",
      title: t("title"),
      content: <TitleSlide dataset={dataset} locale={locale} sources={sources} invalid={invalid} />,
    },
    {
      id: "how-to-read",
      title: t("howTitle"),
      content: <HowToReadSlide dataset={dataset} locale={locale} />,
    },
    ...figureSlides.map((s, i) => ({
      id: s.id,
      title: s.title,
      content: <FigureSlideView slide={s} spec={specs[i]!} locale={locale} />,
    })),
    {
      id: "closing",
      title: t("closingTitle"),
      content: (
        <ClosingSlide
          locale={locale}
          slides={figureSlides}
          citationsUrl={`${origin}${localizedPath("/sources", locale)}`}
        />
      ),
    },
  ]
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <main id="main">
        <NuqsAdapter>
          <Deck
            slides={slides}
            locale={locale}
            exitHref={localizedPath("/", locale)}
            labels={{
              deck: t("deckLabel"),
              roleDescription: t("roleDescription"),
              prev: t("prev"),
              next: t("next"),
              counter: t("counter", { n: "{n}", total: "{total}" }),
              notes: t("toggleNotes"),
              fullscreen: t("fullscreen"),
              print: t("print"),
              printPreparing: t("printPreparing"),
              exit: tn("home"),
              languageSwitch: tn("languageSwitch"),
              languageSwitchLabel: tn("languageSwitchLabel"),
            }}
          />
        </NuqsAdapter>
      </main>
    </HydrationBoundary>
  )
}
