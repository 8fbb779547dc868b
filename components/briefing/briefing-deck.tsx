import { getTranslations } from "next-intl/server"
import { Deck } from "@/components/briefing/deck"
import { DeckBuilder } from "@/components/briefing/deck-builder"
import {
  BridgeSlideView,
  ClosingSlide,
  FigureSlideView,
  HowToReadSlide,
  ReportGapsSlide,
  TitleSlide,
} from "@/components/briefing/slides"
import {
  buildFigureSlide,
  deckOrder,
  deckYearChoices,
  parseFigureList,
  parseTalkYear,
  type FigureSlide,
} from "@/lib/deck/slides"
import { coverageYears, figureTitle } from "@/lib/analysis/figure-year"
import { FIGURE_IDS, type FigureId } from "@/lib/charts/figure-defs"
import { getDataset } from "@/lib/data/dataset"
import { COMMA } from "@/lib/format/values"
import { buildFigureSpec } from "@/lib/charts/spec"
import { deckPptxHref } from "@/lib/deck/url"
import { getChartSpec } from "@/lib/charts/served-spec"
import { localizedPath } from "@/lib/i18n/paths"
import type { Locale } from "@/lib/i18n/locale"
import { translatorFor } from "@/lib/i18n/translate"
import { loadDeckSearchParams, type DeckQuery } from "@/lib/url/deck-params"

/**
 * A briefing deck generated from the dataset: title, how to read report data, one slide per figure
 * (`?figures=` chooses and orders them, `?year=` sets the year the talk is about), sources and support.
 * The slide is in the URL (`?slide=`). The deck builder in its toolbar writes all of these.
 * Rendered by the three /briefing routes (lib/http/query-views.ts): prerendered with no query and for each
 * slide of the default deck (`?slide=3` alone), on demand with any other query.
 *
 * The deck reads `?slide=` (and `?view=`, `?theme=`) from the address in the browser, and the server draws
 * the same view (`query`): on demand, the request's; prerendered, the route's, which is the view of the
 * address it is served at (/briefing?slide=3 is prerendered as /briefing/slide/3), or the first slide for
 * /briefing. So the page hydrates as it was drawn, and the two agree. The language link keeps the view
 * the same way (components/language-switch.tsx, lib/http/query-views.ts routeView).
 */
export async function BriefingDeck({
  locale,
  figures,
  year: yearParam,
  query = loadDeckSearchParams({}),
}: {
  locale: Locale
  figures: string | undefined
  year: string | undefined
  /** The deck's keys of the view drawn (lib/url/deck-params.ts); the first slide when not given. */
  query?: DeckQuery
}) {
  const { ids, invalid } = parseFigureList(figures)
  const dataset = getDataset()
  const choices = deckYearChoices(dataset, locale)
  const { year, invalid: invalidYear } = parseTalkYear(yearParam, choices.years)
  const t = await getTranslations({ locale, namespace: "briefing" })
  const tn = await getTranslations({ locale, namespace: "nav" })
  const tc = await getTranslations({ locale, namespace: "compare" })
  const tt = translatorFor(locale, "briefing")
  const tg = await getTranslations({ locale, namespace: "gaps" })
  const figureSlides = ids.map((id) =>
    buildFigureSlide(dataset, id, locale, tt, (v) => tc(`verdict.${v}`), year),
  )
  // A deck about a year draws bars of "the headline's periods" for that year's pair (lib/charts/spec.ts);
  // the API, the exports and every other page keep the default spec. Each slide's chart takes its panels
  // as props, so the deck's own specs reach its charts and nothing else.
  const tch = translatorFor(locale, "chart")
  const specOf = (s: FigureSlide) =>
    year === undefined ? getChartSpec(s.chart, locale)! : buildFigureSpec(dataset, s.id, locale, tch, year)
  const sources = dataset.sources.map((s) => s.shortName).join(COMMA[locale])

  const slides = [
    {
      id: "title",
      title: t("title", { years: coverageYears(dataset) }),
      content: (
        <TitleSlide
          dataset={dataset}
          locale={locale}
          sources={sources}
          invalid={invalid}
          year={year}
          invalidYear={invalidYear}
        />
      ),
      notes: [t("openingNote"), ...(year !== undefined ? [t("yearAbout", { year: String(year) })] : [])],
    },
    {
      id: "how-to-read",
      title: t("howTitle"),
      content: <HowToReadSlide dataset={dataset} locale={locale} year={year} />,
      notes: [t("howLead"), t("talk.worse")],
    },
    // Each figure, then the bridges that draw its change, in the order the PowerPoint file follows too.
    ...deckOrder(dataset, figureSlides, locale, year).map(({ kind, slide }) => ({
      id: slide.id,
      title: slide.title,
      content:
        kind === "figure" ? (
          <FigureSlideView slide={slide} spec={specOf(slide)} locale={locale} />
        ) : (
          <BridgeSlideView dataset={dataset} slide={slide} locale={locale} />
        ),
      notes: slide.notes,
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
          year={year}
        />
      ),
      notes: [t("closingNote"), ...(year !== undefined ? [t("closingYear", { year: String(year) })] : [])],
    },
  ]
  const tb = await getTranslations({ locale, namespace: "briefing.builder" })
  const builderFigures = FIGURE_IDS.map((id) => ({ id, title: figureTitle(dataset, id, locale) }))
  // The builder's texts about a figure, written here for each figure (and position, and year): the dialog
  // in the browser holds no translator.
  const perFigure = <T,>(text: (title: string, id: FigureId) => T): Record<string, T> =>
    Object.fromEntries(builderFigures.map((f) => [f.id, text(f.title, f.id)]))
  const pairTexts = Object.fromEntries(
    Object.entries(choices.pairs).map(([y, byFigure]) => [
      y,
      perFigure((_, id) => {
        const pair = byFigure[id]
        return pair ? tb("pair", pair) : tb("noPair", { year: y === "latest" ? "" : y })
      }),
    ]),
  )
  const builder = (
    <DeckBuilder
      locale={locale}
      figures={builderFigures}
      years={choices.years}
      pairs={pairTexts}
      current={{ figures: ids, ...(year !== undefined ? { year } : {}) }}
      labels={{
        open: tb("open"),
        title: tb("title"),
        intro: tb("intro"),
        figures: tb("figures"),
        moveUp: perFigure((title) => tb("moveUp", { title })),
        moveDown: perFigure((title) => tb("moveDown", { title })),
        moved: perFigure((title) =>
          builderFigures.map((_, j) => tb("moved", { title, n: j + 1, total: builderFigures.length })),
        ),
        chosen: Array.from({ length: FIGURE_IDS.length + 1 }, (_, n) => t("builder.chosen", { count: n })),
        year: tb("year"),
        yearLatest: tb("yearLatest"),
        yearHelp: tb("yearHelp"),
        language: tb("language"),
        languages: { en: tb("english"), ar: tb("arabic") },
        present: tb("present"),
        presenterView: tb("presenterView"),
        presenterBlocked: t("presenterBlocked"),
        print: tb("print"),
        download: tb("download"),
        address: tb("address"),
        copy: tb("copy"),
        copied: tb("copied"),
        copyFailed: tb("copyFailed"),
        close: tb("close"),
      }}
    />
  )
  const deckProps = {
    builder,
    slides,
    locale,
    exitHref: localizedPath("/", locale),
    // The same figures in the same order and year (an unknown id, which the title slide reports, is left
    // out), written where the builder's download is (lib/deck/url.ts).
    pptxHref: deckPptxHref({ locale, figures: ids, ...(year !== undefined ? { year } : {}) }),
    labels: {
      deck: t("deckLabel"),
      roleDescription: t("roleDescription"),
      prev: t("prev"),
      next: t("next"),
      counter: slides.map((_, i) => t("counter", { n: String(i + 1), total: String(slides.length) })),
      notes: t("toggleNotes"),
      fullscreen: t("fullscreen"),
      print: t("print"),
      exit: tn("home"),
      languageSwitch: tn("languageSwitch"),
      languageSwitchLabel: tn("languageSwitchLabel"),
      presenter: t("presenter"),
      presenterLabel: t("presenterLabel"),
      presenterBlocked: t("presenterBlocked"),
      projector: t("projectorTheme"),
      nextUp: slides.map((s) => t("nextUp", { title: s.title })),
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
    <main id="main">
      <Deck {...deckProps} initial={query} />
    </main>
  )
}
