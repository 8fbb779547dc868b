import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query"
import { getTranslations } from "next-intl/server"
import { NuqsAdapter } from "nuqs/adapters/next/app"
import { Suspense } from "react"
import { Deck, FirstSlideDeck } from "@/components/briefing/deck"
import {
  ClosingSlide,
  FigureSlideView,
  HowToReadSlide,
  ReportGapsSlide,
  TitleSlide,
} from "@/components/briefing/slides"
import { buildFigureSlide, parseFigureList } from "@/lib/briefing"
import { coverageYears } from "@/lib/figure-year"
import { FIGURE_IDS } from "@/lib/figures"
import { getDataset } from "@/lib/dataset"
import { COMMA } from "@/lib/format"
import { getChartSpec } from "@/lib/figure-spec"
import { localizedPath } from "@/lib/i18n/paths"
import type { AppLocale } from "@/lib/i18n/routing"
import { translatorFor } from "@/lib/i18n/translate"
import { chartQueryOptions } from "@/lib/queries"

/**
 * A briefing deck generated from the dataset: title, how to read report data, one slide per figure
 * (`?figures=` chooses and orders them), sources and support. The slide is in the URL (`?slide=`).
 * Rendered by both /briefing routes (lib/query-views.ts): prerendered with no query, on demand with one.
 *
 * The deck reads `?slide=` in the browser. While /briefing is prerendered there is no query, so the
 * Suspense fallback (the deck on its first slide) is what its HTML carries; on demand, the deck renders
 * at the requested slide.
 */
export async function BriefingDeck({ locale, figures }: { locale: AppLocale; figures: string | undefined }) {
  const { ids, invalid } = parseFigureList(figures)
  const dataset = getDataset()
  const t = await getTranslations({ locale, namespace: "briefing" })
  const tn = await getTranslations({ locale, namespace: "nav" })
  const tc = await getTranslations({ locale, namespace: "compare" })
  const tt = translatorFor(locale, "briefing")
  const tg = await getTranslations({ locale, namespace: "gaps" })
  const figureSlides = ids.map((id) => buildFigureSlide(dataset, id, locale, tt, (v) => tc(`verdict.${v}`)))
  const specs = figureSlides.map((s) => getChartSpec(s.chart, locale)!)
  const queryClient = new QueryClient()
  await Promise.all(
    figureSlides.map((s, i) =>
      queryClient.prefetchQuery({ ...chartQueryOptions(s.chart, locale), queryFn: () => specs[i]! }),
    ),
  )
  const sources = dataset.sources.map((s) => s.shortName).join(COMMA[locale])
  const chosen = ids.join(",") === FIGURE_IDS.join(",") ? undefined : ids.join(",")

  const slides = [
    {
      id: "title",
      title: t("title", { years: coverageYears(dataset) }),
      content: <TitleSlide dataset={dataset} locale={locale} sources={sources} invalid={invalid} />,
      notes: [t("openingNote")],
    },
    {
      id: "how-to-read",
      title: t("howTitle"),
      content: <HowToReadSlide dataset={dataset} locale={locale} />,
      notes: [t("howLead"), t("talk.worse")],
    },
    ...figureSlides.map((s, i) => ({
      id: s.id,
      title: s.title,
      content: <FigureSlideView slide={s} spec={specs[i]!} locale={locale} />,
      notes: s.notes,
    })),
    {
      id: "report-gaps",
      title: tg("heading"),
      content: <ReportGapsSlide dataset={dataset} locale={locale} />,
      notes: [tg("intro"), tg("slideNote")],
    },
    {
      id: "closing",
      title: t("closingTitle"),
      content: (
        <ClosingSlide
          locale={locale}
          slides={figureSlides}
          citationsPath={localizedPath("/sources", locale)}
        />
      ),
      notes: [t("closingNote")],
    },
  ]
  const deckProps = {
    slides,
    locale,
    exitHref: localizedPath("/", locale),
    // The same figures in the same order (an unknown id, which the title slide reports, is left out).
    pptxHref: `/api/briefing/pptx?lang=${locale}${chosen ? `&figures=${chosen}` : ""}`,
    labels: {
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
      presenter: t("presenter"),
      presenterLabel: t("presenterLabel"),
      presenterBlocked: t("presenterBlocked"),
      nextUp: t("nextUp", { title: "{title}" }),
      lastSlide: t("lastSlide"),
      noNotes: t("noNotes"),
      notesHeading: t("notesHeading"),
      elapsed: t("elapsed"),
      restartTimer: t("restartTimer"),
      pptx: t("downloadPptx"),
      pptxShort: t("downloadPptxShort"),
    },
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <main id="main">
        <NuqsAdapter>
          <Suspense fallback={<FirstSlideDeck {...deckProps} />}>
            <Deck {...deckProps} />
          </Suspense>
        </NuqsAdapter>
      </main>
    </HydrationBoundary>
  )
}
