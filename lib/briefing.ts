import type { ChartPanel, ChartRef, Translate } from "./chart"
import { exportCaveats, getChartContent } from "./chart-content"
import type { Comparison } from "./compare"
import { figureSetting } from "./figure-year"
import { FIGURE_IDS, isFigureId, type FigureId } from "./figures"
import {
  formatAssumptions,
  formatAssumptionsShort,
  formatCountry,
  formatObservation,
  formatPercentChange,
} from "./format"
import { getSeries } from "./observations"
import type { Dataset, Locale, Observation } from "./schema"
import { formatAdjustedChange, formatChangeLabel, formatSignedNumber } from "./sentence"
import { figureComparison } from "./takeaway"
import { formatPeriod } from "./time"

export type Headline = {
  comparison: Comparison
  series: string
  value: string
  period: string
  change: string
  likeForLike?: string
  adjusted?: string
  /** What the values the headline quotes take for granted (an implied 2023 count, an adjusted total), in full. */
  assumptions?: string
  /** The same in one line each, for the slide itself; the full text is in the speaker notes. */
  assumptionsShort?: string
  /** Why the headline compares the periods it does, where data/figures.json pins them. */
  why?: string
}

export type FigureSlide = {
  id: FigureId
  chart: ChartRef
  title: string
  takeaway: string
  headline: Headline
  caveats: { id: string; title: string; text: string }[]
  notes: string[]
  sourceLine: string
}

/**
 * A slide chart's height, in stage pixels (a slide is laid out once at 1920×1080 and scaled to the screen,
 * see .slide in app/globals.css). One panel has the chart column to itself (475 px) and two trend panels
 * share it (190 px each, with room for their titles and legends). A bar panel is sized by its bars, so that each bar and its 24 px country label stay readable:
 * IWF's seven countries over two years need far more room than INHOPE's two countries in one year, and
 * squeezed into half the column their labels overlapped.
 */
export function slideChartHeight(panel: ChartPanel, panelCount: number): number {
  if (panel.kind === "bars") {
    const bars = panel.categories.length * panel.layers.length
    return Math.min(Math.round(86 + 17.3 * bars), 475)
  }
  return panelCount > 1 ? 190 : 475
}

/** A length in stage pixels as CSS: scaled with the slide (and shrunk with it on a phone). */
export function stagePx(px: number): string {
  return `calc(var(--u) * ${px})`
}

/** `?figures=cybertipline,genai`: which figures, in which order; unknown ids are reported, not fatal. */
export function parseFigureList(raw: string | null | undefined): { ids: FigureId[]; invalid: string[] } {
  if (!raw) return { ids: [...FIGURE_IDS], invalid: [] }
  const items = raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
  const ids = [...new Set(items.filter(isFigureId))]
  const invalid = items.filter((s) => !isFigureId(s)).map((s) => s.slice(0, 40))
  return { ids: ids.length > 0 ? ids : [...FIGURE_IDS], invalid }
}

export function buildHeadline(dataset: Dataset, id: FigureId, locale: Locale, t: Translate): Headline {
  const h = figureSetting(dataset, id).headline
  const c = figureComparison(dataset, id)
  const { from, to } = c
  const series = getSeries(dataset, h.seriesId)!
  const pct = (x: { percent: number | null; absolute: number }) =>
    x.percent !== null ? formatPercentChange(x.percent, locale) : formatSignedNumber(x.absolute, locale)
  const contributor = c.adjusted
    ? getSeries(dataset, c.adjusted.caveat.adjustment!.subtractSeries)!.title[locale]
    : ""
  // Every value the headline quotes, with what it assumes: the slide never shows a derived figure bare.
  const quoted = [to, from, c.likeForLike?.from, c.likeForLike?.to, c.adjusted?.to].filter(
    (o): o is Observation => o !== undefined,
  )
  const joined = (f: (o: Observation, l: Locale) => string) =>
    [...new Set(quoted.map((o) => f(o, locale)).filter(Boolean))].join(" ")
  const assumptions = joined(formatAssumptions)
  return {
    comparison: c,
    series: h.country
      ? `${series.title[locale]} (${formatCountry(h.country, locale)})`
      : series.title[locale],
    value: formatObservation(to, series.unit, locale),
    period: formatPeriod(to.period, locale),
    change: formatChangeLabel(c, locale, t),
    likeForLike:
      c.likeForLike &&
      t("likeForLike", {
        series: getSeries(dataset, c.likeForLike.seriesId)!.title[locale],
        change: pct(c.likeForLike),
      }),
    adjusted:
      c.adjusted &&
      (c.adjusted.changeKnown
        ? t("adjusted", { contributor, change: formatAdjustedChange(c.adjusted, locale, t) })
        : t("adjustedLevel", {
            contributor,
            value: formatObservation(c.adjusted.to, series.unit, locale),
            period: formatPeriod(c.adjusted.to.period, locale),
          })),
    ...(assumptions ? { assumptions, assumptionsShort: joined(formatAssumptionsShort) } : {}),
    ...(h.why ? { why: h.why[locale] } : {}),
  }
}

/**
 * Talking points for the speaker, from the data: what the number is, what to say when asked whether
 * things are getting worse, and each reason the number moved, in plain words.
 */
export function buildNotes(
  takeaway: string,
  headline: Headline,
  caveats: FigureSlide["caveats"],
  verdictLabel: string,
  t: Translate,
): string[] {
  return [
    t("talk.what", { takeaway }),
    t("talk.verdict", { change: headline.change, verdict: verdictLabel }),
    ...(headline.why ? [headline.why] : []),
    ...(headline.likeForLike ? [headline.likeForLike] : []),
    ...(headline.adjusted ? [headline.adjusted] : []),
    ...(headline.assumptions
      ? [t("talk.assumptions", { what: headline.series, assumptions: headline.assumptions })]
      : []),
    t("talk.worse"),
    ...caveats.map((c) => t("talk.because", { title: c.title, text: c.text })),
  ]
}

export function buildFigureSlide(
  dataset: Dataset,
  id: FigureId,
  locale: Locale,
  t: Translate,
  verdictLabel: (v: string) => string,
): FigureSlide {
  const chart: ChartRef = { kind: "figure", id }
  const content = getChartContent(dataset, chart, locale)!
  const headline = buildHeadline(dataset, id, locale, t)
  const caveats = exportCaveats(content).map((c) => ({
    id: c.id,
    title: c.title[locale],
    text: c.text[locale],
  }))
  return {
    id,
    chart,
    title: content.title,
    takeaway: content.takeaway!,
    headline,
    caveats,
    notes: buildNotes(content.takeaway!, headline, caveats, verdictLabel(headline.comparison.verdict), t),
    sourceLine: content.sourceLine,
  }
}
