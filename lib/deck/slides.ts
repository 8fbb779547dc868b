import { bridgeCaveats, bridgeQuantities, bridgesForFigure, type ResolvedBridge } from "../analysis/bridge"
import {
  bridgeChangeText,
  bridgeNoteItems,
  bridgeTalkingPoints,
  type BridgeNoteItem,
} from "../analysis/bridge-text"
import { sourceLabel, type ChartRef, type Translate } from "../charts/spec"
import { exportCaveats, getChartContent } from "../charts/content"
import type { Comparison, Verdict } from "../analysis/compare"
import {
  figureSetting,
  firstPairAfter,
  pairForYear,
  talkYears,
  usesPinnedPair,
  type TalkYear,
} from "../analysis/figure-year"
import { FIGURE_IDS, isFigureId, type FigureId } from "../charts/figure-defs"
import {
  formatAssumptions,
  formatAssumptionsShort,
  formatCountry,
  formatObservation,
  formatPercentChange,
} from "../format/values"
import { getSeries } from "../data/observations"
import type { Dataset, Locale, Observation } from "../data/schema"
import { formatAdjustedChange, formatChangeLabel, formatSignedNumber } from "../analysis/sentence"
import { parsePeriod } from "../data/period"
import { buildTakeaway, figureComparison } from "../analysis/takeaway"
import { formatPeriod } from "../format/time"
import { translatorFor } from "../i18n/translate"
import { recordOf } from "../record"

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
  /**
   * Null where a deck about a year has nothing to compare for this figure up to that year: the slide
   * stays, in the order chosen, and says so in `takeaway` instead of leaving the figure out unexplained.
   */
  headline: Headline | null
  /** For a deck about a year, where the figure's change ends before it: says so on the slide. */
  yearNote?: string
  caveats: { id: string; title: string; text: string }[]
  notes: string[]
  sourceLine: string
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

/**
 * `?year=2024`: the year a deck is about, one of `years` (lib/analysis/figure-year.ts talkYears); anything else is
 * reported, not fatal, and the deck is the default one.
 */
export function parseTalkYear(
  raw: string | null | undefined,
  years: readonly number[],
): { year: TalkYear; invalid?: string } {
  if (!raw) return { year: undefined }
  const year = /^\d{4}$/.test(raw) ? Number(raw) : NaN
  return years.includes(year) ? { year } : { year: undefined, invalid: raw.slice(0, 40) }
}

export function buildHeadline(
  dataset: Dataset,
  id: FigureId,
  locale: Locale,
  t: Translate,
  year?: TalkYear,
): Headline {
  const h = figureSetting(dataset, id).headline
  const c = figureComparison(dataset, id, year)
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
    ...(h.why && usesPinnedPair(dataset, id, year) ? { why: h.why[locale] } : {}),
  }
}

/** Whether the change's direction itself is unknown (its ranges allow a fall and a rise). */
function directionUnknown(c: Comparison): boolean {
  return (
    (c.range !== undefined && !c.range.directionKnown) || (c.pointsRange?.directionKnown ?? true) === false
  )
}

/** What the speaker says when asked whether things are getting worse: a count and a share answer differently. */
function worseNote(c: Comparison, t: Translate): string {
  return t(c.points !== null ? "talk.worseShare" : "talk.worse")
}

/**
 * Talking points for the speaker, from the data: what the number is, how far its change may be quoted
 * (one sentence per verdict, and another where even the direction is unknown), what to say when asked
 * whether things are getting worse, and each reason the number moved, in plain words. `yearNote` is a
 * deck's word on the year it is about (lib/deck/slides.ts buildFigureSlide).
 */
export function buildNotes(
  takeaway: string,
  headline: Headline,
  caveats: FigureSlide["caveats"],
  verdictLabel: string,
  t: Translate,
  yearNote?: string,
): string[] {
  const c = headline.comparison
  return [
    t("talk.what", { takeaway }),
    ...(yearNote ? [yearNote] : []),
    directionUnknown(c)
      ? t("talk.directionUnknown", { verdict: verdictLabel })
      : t("talk.verdict", { kind: c.verdict, change: headline.change, verdict: verdictLabel }),
    ...(headline.why ? [headline.why] : []),
    ...(headline.likeForLike ? [headline.likeForLike] : []),
    ...(headline.adjusted ? [headline.adjusted] : []),
    ...(headline.assumptions
      ? [t("talk.assumptions", { what: headline.series, assumptions: headline.assumptions })]
      : []),
    worseNote(c, t),
    ...caveats.map((cv) => t("talk.because", { title: cv.title, text: cv.text })),
  ]
}

/**
 * A figure's slide; for a deck about `year`, about its change up to that year. A figure with nothing to
 * compare up to the year keeps its slide (the builder chose it, and slide numbers in a shared link must
 * not shift), which says so plainly and names its first change instead of a headline.
 */
export function buildFigureSlide(
  dataset: Dataset,
  id: FigureId,
  locale: Locale,
  t: Translate,
  verdictLabel: (v: Verdict) => string,
  year?: TalkYear,
): FigureSlide {
  const chart: ChartRef = { kind: "figure", id }
  const content = getChartContent(dataset, chart, locale)!
  const caveats = exportCaveats(content).map((c) => ({
    id: c.id,
    title: c.title[locale],
    text: c.text[locale],
  }))
  const base = { id, chart, title: content.title, caveats, sourceLine: content.sourceLine }
  const period = (p: string) => formatPeriod(p, locale)
  const pair = pairForYear(dataset, id, year)
  if (year !== undefined && !pair) {
    const h = figureSetting(dataset, id).headline
    const series = getSeries(dataset, h.seriesId)!
    const first = firstPairAfter(dataset, id, year)
    const takeaway = [
      t("noChange", { series: series.title[locale], year: String(year) }),
      first ? t("firstChange", { from: period(first.from), to: period(first.to) }) : "",
    ]
      .filter(Boolean)
      .join(" ")
    const worse = t(series.unit === "percent" ? "talk.worseShare" : "talk.worse")
    return {
      ...base,
      takeaway,
      headline: null,
      notes: [takeaway, worse, ...caveats.map((c) => t("talk.because", { title: c.title, text: c.text }))],
    }
  }
  const headline = buildHeadline(dataset, id, locale, t, year)
  // Without a year this is the chart's own takeaway (getChartContent), word for word.
  const takeaway =
    year === undefined
      ? content.takeaway!
      : buildTakeaway(dataset, id, locale, translatorFor(locale, "takeaway"), year)
  const yearNote =
    year !== undefined && pair && parsePeriod(pair.to).year < year
      ? t("yearEarlier", { year: String(year), from: period(pair.from), to: period(pair.to) })
      : undefined
  return {
    ...base,
    takeaway,
    headline,
    ...(yearNote ? { yearNote } : {}),
    notes: buildNotes(takeaway, headline, caveats, verdictLabel(headline.comparison.verdict), t, yearNote),
  }
}

/**
 * What a deck builder offers for each year: the pair each figure compares (formatted), or null where it
 * has nothing to compare. `latest` is the default deck (no `?year=`).
 */
export function deckYearChoices(
  dataset: Dataset,
  locale: Locale,
): { years: number[]; pairs: Record<string, Record<FigureId, { from: string; to: string } | null>> } {
  const years = talkYears(dataset)
  const pairsFor = (year: TalkYear) =>
    recordOf(FIGURE_IDS, (id) => {
      const pair = pairForYear(dataset, id, year)
      return pair ? { from: formatPeriod(pair.from, locale), to: formatPeriod(pair.to, locale) } : null
    })
  return {
    years,
    pairs: Object.fromEntries([
      ["latest", pairsFor(undefined)],
      ...years.map((y) => [String(y), pairsFor(y)]),
    ]),
  }
}

export type BridgeSlide = {
  /** `bridge-<bridge id>`: the slide's id in the deck (data-slide-id, the PowerPoint file's order). */
  id: string
  figureId: FigureId
  bridge: ResolvedBridge
  title: string
  /** "2023 to 2024: about −15.7 million in all." */
  change: string
  /**
   * The parts a slide must qualify: each with a range, a confidence or an assumption, with what it rests
   * on in one line (a value built on an assumption is never shown without it; the notes give it in full).
   */
  parts: (BridgeNoteItem & { restsOn?: string })[]
  /** What the whole bridge rests on, in full (the notes, the PowerPoint file)... */
  assumptions: string[]
  /** ... and in one line each (the slide). */
  assumptionsShort: string[]
  caveats: { id: string; title: string; text: string }[]
  sourceLine: string
  notes: string[]
}

/**
 * The bridges that follow a figure's slide in deckOrder: all of the figure's bridges, or for a deck about
 * a year, those whose change ends by that year, so a deck about 2023 never explains a change of 2024. A
 * bridge need not draw the slide's own pair (genai's headline is 2023→2024, its bridge the half-years
 * 2024→2025): its title names its periods.
 */
function deckBridges(dataset: Dataset, id: FigureId, year?: TalkYear): ResolvedBridge[] {
  return bridgesForFigure(dataset, id).filter((b) => year === undefined || parsePeriod(b.def.to).year <= year)
}

/** A slide of deckOrder: one of the figures' own, or a bridge's. */
export type DeckEntry<F> = { kind: "figure"; slide: F } | { kind: "bridge"; slide: BridgeSlide }

/**
 * The figures' part of a deck: each figure's slide, then the slides of the bridges that draw its change
 * (deckBridges). The HTML deck (components/briefing/briefing-deck.tsx) and the PowerPoint file
 * (lib/export/pptx.ts) both lay out this one list, so a slide number means the same slide in either. Each
 * passes its own figure slides (`F`: the file's carry their verdict and notes) and draws the entries its
 * own way.
 */
export function deckOrder<F extends { id: FigureId }>(
  dataset: Dataset,
  figures: readonly F[],
  locale: Locale,
  year?: TalkYear,
): DeckEntry<F>[] {
  return figures.flatMap((slide): DeckEntry<F>[] => [
    { kind: "figure", slide },
    ...deckBridges(dataset, slide.id, year).map((b) => ({
      kind: "bridge" as const,
      slide: buildBridgeSlide(dataset, b, locale),
    })),
  ])
}

function buildBridgeSlide(dataset: Dataset, bridge: ResolvedBridge, locale: Locale): BridgeSlide {
  const tb = translatorFor(locale, "bridge")
  const te = translatorFor(locale, "export")
  const caveats = bridgeCaveats(dataset, bridge).map((c) => ({
    id: c.id,
    title: c.title[locale],
    text: c.text[locale],
  }))
  const quantities = bridgeQuantities(bridge)
  return {
    id: `bridge-${bridge.def.id}`,
    figureId: bridge.def.figure as FigureId,
    bridge,
    title: `${tb("heading")}: ${bridge.def.title[locale]}`,
    change: bridgeChangeText(bridge, locale),
    parts: bridgeNoteItems(bridge, locale).flatMap((p) => {
      const short = quantities.get(p.key)!.q.assumptionsShort.map((a) => a[locale])
      if (!p.qualifies && short.length === 0) return []
      return [
        { ...p, ...(short.length > 0 ? { restsOn: tb("assumes", { assumptions: short.join(" ") }) } : {}) },
      ]
    }),
    assumptions: bridge.assumptions.map((a) => a[locale]),
    assumptionsShort: bridge.assumptionsShort.map((a) => a[locale]),
    caveats,
    sourceLine: te("sources", { sources: sourceLabel(bridge.citations, locale) }),
    notes: bridgeTalkingPoints(bridge, caveats, locale),
  }
}
