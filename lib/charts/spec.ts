import { inhopeWithoutSafenet } from "../analysis/adjusted"
import { caveatsForObservation, isGeneralCaveat, methodChangeBetween } from "../data/caveats"
import { EARLIER_PERIOD } from "./colours"
import { gtaFootnotesLabel } from "../format/citation"
import { isDrawable, observationTier, type Tier } from "../data/confidence"
import { figurePair, pairForYear, type TalkYear } from "../analysis/figure-year"
import { COLORS, FIGURES, type FigureId, type PanelDef } from "./figure-defs"
import { COMMA, formatAssumptions, formatCountry, formatObservation, formatValue } from "../format/values"
import { markFor, type MarkStyle } from "./marks"
import { getSeries } from "../data/observations"
import { observationKey } from "../data/observation-key"
import { niceTicks } from "./ticks"
import { comparePeriods, isHalfYear, parsePeriod } from "../data/period"
import type { Citation, Dataset, Locale, Observation, Status, Unit } from "../data/schema"
import { eventDateToX, formatEventDate, formatPeriod, periodSpan, periodToX } from "../format/time"

// Direction of time: in both languages time runs left to right, as in the charts of the GTA 2025's
// Arabic edition and in Arabic statistical publications generally; in Arabic the value axis, legends and
// text move to the right (reading start). Charts, exports and slides all follow this one rule.

/** A translator over the "chart" messages; lib stays free of the i18n library. */
export type Translate = (key: string, values?: Record<string, string | number>) => string

export type ChartPoint = {
  key: string
  seriesId: string
  x: number
  /** The category a bar belongs to (country code) in bar panels. */
  category?: string
  y: number
  period: string
  periodLabel: string
  status: Status
  statusLabel: string
  mark: MarkStyle
  valueLabel: string
  /**
   * The value alone, as its bar's label shows it (formatValue: no hedge word or range). Formatted here, on
   * the server, so that the browser's drawing of a bars panel needs no catalogue for "million".
   */
  shownValue: string
  halfYear: boolean
  /** Start and end of the period on the time axis (a half-year spans half a year). */
  span: [number, number]
  /** Where the value rests on uncertain inputs, the span they allow: drawn as a range, not a point. */
  range?: { low: number; high: number }
  /** "medium" where the best source is secondary reporting or a staging copy of a published page: drawn with a mark that says so. */
  tier: Tier
  /** "Assumes: …" for a derived value, shown in the readout and announced with it. */
  assumptions?: string
  derived: boolean
  announcement: string
  sourceLabel: string
  caveatIds: string[]
}

export type ChartLayer = {
  key: string
  label: string
  color: string
  kind: "annual" | "half-year" | "adjusted" | "period"
  points: ChartPoint[]
  /** The connecting line: a null breaks it, so a missing period is a visible gap, never interpolated. */
  line: { x: number; y: number | null }[]
}

type ChartEvent = { id: string; x: number; label: string; dateLabel: string; row: number }

type PanelBase = { id: string; title: string; unit: Unit; unitLabel: string; description: string }

export type TrendPanel = PanelBase & {
  kind: "trend"
  scale: "linear" | "log"
  xDomain: [number, number]
  xTicks: number[]
  yMax: number
  /** Round gridlines: 0, 10M, 20M… rather than whatever divides the maximum into four. */
  linearTicks: number[]
  logTicks: number[]
  layers: ChartLayer[]
  events: ChartEvent[]
}

export type BarPanel = PanelBase & {
  kind: "bars"
  categories: { code: string; label: string }[]
  layers: ChartLayer[]
}

export type ChartPanel = TrendPanel | BarPanel

/** A chart is a figure of the dashboard or the chart of one series (on the source pages). */
export type ChartRef = { kind: "figure" | "series"; id: string }

export type FigureSpec = { id: string; locale: Locale; panels: ChartPanel[] }

/** "NCMEC; GTA 2025, footnote 12": the organisations and footnotes behind one figure, for captions. */
export function sourceLabel(citations: Citation[], locale: Locale): string {
  const publishers = [
    ...new Set(citations.filter((c) => c.kind === "primary").map((c) => c.publisher[locale])),
  ]
  const footnotes = [...new Set(citations.flatMap((c) => (c.kind === "gta2025" ? c.footnotes : [])))].sort(
    (a, b) => a - b,
  )
  const gta = citations.some((c) => c.kind === "gta2025") ? gtaFootnotesLabel(footnotes, locale) : null
  return [...publishers, gta].filter(Boolean).join(locale === "ar" ? "؛ " : "; ")
}

function toPoint(
  dataset: Dataset,
  o: Observation,
  t: Translate,
  locale: Locale,
  seriesLabel: string,
  derived: boolean,
): ChartPoint {
  const unit = getSeries(dataset, o.seriesId)!.unit
  const caveats = caveatsForObservation(dataset, o).filter((c) => !isGeneralCaveat(c))
  const periodLabel = formatPeriod(o.period, locale)
  const valueLabel = formatObservation(o, unit, locale)
  const tier = observationTier(o)
  const statusLabel =
    tier === "medium"
      ? `${t(`status.${o.status}`)}${COMMA[locale]}${t("tier.medium")}`
      : t(`status.${o.status}`)
  const why =
    caveats.length > 0
      ? ` ${t("announceCaveats", { caveats: caveats.map((c) => c.title[locale]).join("; ") })}`
      : ""
  const assumptions = formatAssumptions(o, locale)
  const assumes = assumptions ? ` ${t("announceAssumptions", { assumptions })}` : ""
  return {
    key: observationKey(o),
    seriesId: o.seriesId,
    x: periodToX(o.period),
    category: o.country,
    y: o.value,
    period: o.period,
    periodLabel,
    status: o.status,
    statusLabel,
    mark: markFor(o.status),
    valueLabel,
    shownValue: formatValue(o.value, unit, locale),
    halfYear: isHalfYear(o.period),
    span: periodSpan(o.period),
    ...(o.range ? { range: { low: o.range.low, high: o.range.high } } : {}),
    tier,
    ...(assumptions ? { assumptions: t("announceAssumptions", { assumptions }) } : {}),
    derived,
    announcement: `${t("announce", { period: periodLabel, series: seriesLabel, value: valueLabel, status: statusLabel })}${assumes}${why}`,
    sourceLabel: sourceLabel(o.citations, locale),
    caveatIds: caveats.map((c) => c.id),
  }
}

/**
 * Connects consecutive like periods only: 2022→2023, or H1 2024→H1 2025; anything else is a gap. A line
 * never runs into a range (a span is not a point to join) or across `breakBetween` (a method change:
 * the two figures count different things).
 */
export function toLine(
  points: ChartPoint[],
  breakBetween: (a: ChartPoint, b: ChartPoint) => boolean = () => false,
): { x: number; y: number | null }[] {
  const sorted = [...points].sort((a, b) => comparePeriods(a.period, b.period))
  const line: { x: number; y: number | null }[] = []
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1]
    if (prev && (parsePeriod(p.period).year - parsePeriod(prev.period).year > 1 || breakBetween(prev, p))) {
      line.push({ x: (prev.x + p.x) / 2, y: null })
    }
    line.push({ x: p.x, y: p.range ? null : p.y })
  })
  return line
}

/** Stacks event labels in rows so that labels closer than `minGap` years (about a label's width) never overlap. */
export function assignEventRows<T extends { x: number }>(events: T[], minGap = 1.6): (T & { row: number })[] {
  const rowEnds: number[] = []
  return [...events]
    .sort((a, b) => a.x - b.x)
    .map((e) => {
      let row = rowEnds.findIndex((end) => e.x - end >= minGap)
      if (row === -1) row = rowEnds.length
      rowEnds[row] = e.x
      return { ...e, row }
    })
}

function logTicksFor(min: number, max: number): number[] {
  const ticks: number[] = []
  for (let p = Math.floor(Math.log10(Math.max(min, 1))); p <= Math.ceil(Math.log10(max)); p++)
    ticks.push(10 ** p)
  return ticks
}

/**
 * The text a screen reader gets for a panel: each layer, then its values. A trend layer is a series
 * and its values go by period; a bar layer is a year and its values go by country, named in full.
 */
function describeLayers(layers: ChartLayer[], t: Translate, locale: Locale): string {
  return layers
    .map((l) =>
      t("describeLayer", {
        series: l.label,
        values: l.points
          .map(
            (p) =>
              `${p.category ? formatCountry(p.category, locale) : p.periodLabel}: ${p.valueLabel} (${p.statusLabel})`,
          )
          .join("; "),
      }),
    )
    .join(" ")
}

function trendPanel(
  dataset: Dataset,
  def: PanelDef,
  t: Translate,
  locale: Locale,
  periods: readonly string[] | undefined,
): TrendPanel {
  const layers: ChartLayer[] = []
  const seriesIds = def.series.map((s) => s.seriesId)
  const breakBetween = (a: ChartPoint, b: ChartPoint) =>
    methodChangeBetween(dataset, a.seriesId, a.period, b.period)
  for (const { seriesId, color } of def.series) {
    const series = getSeries(dataset, seriesId)!
    const rows = dataset.observations.filter(
      (o) =>
        o.seriesId === seriesId &&
        isDrawable(o) &&
        !o.country &&
        !o.category &&
        (!periods || periods.includes(o.period)),
    )
    const title = series.title[locale]
    const annual = rows
      .filter((o) => !isHalfYear(o.period))
      .map((o) => toPoint(dataset, o, t, locale, title, false))
    const halves = rows.filter((o) => isHalfYear(o.period))
    if (annual.length > 0)
      layers.push({
        key: seriesId,
        label: title,
        color,
        kind: "annual",
        points: annual,
        line: toLine(annual, breakBetween),
      })
    if (halves.length > 0) {
      const label = t("halfYearLayer", { series: title })
      const points = halves.map((o) => toPoint(dataset, o, t, locale, label, false))
      layers.push({
        key: `${seriesId}|half-year`,
        label,
        color,
        kind: "half-year",
        points,
        line: toLine(points, breakBetween),
      })
    }
  }
  if (def.adjusted === "inhope-without-safenet") {
    const label = t("adjusted.inhope-without-safenet")
    const points = inhopeWithoutSafenet(dataset).map((o) => toPoint(dataset, o, t, locale, label, true))
    layers.push({ key: def.adjusted, label, color: COLORS.grey, kind: "adjusted", points, line: [] })
  }
  const all = layers.flatMap((l) => l.points)
  const events = dataset.events
    .filter((e) => e.seriesIds.some((id) => seriesIds.includes(id)))
    .map((e) => ({
      id: e.id,
      x: eventDateToX(e.date),
      label: e.label[locale],
      dateLabel: formatEventDate(e.date, locale),
    }))
  const years = [...all.map((p) => Math.floor(p.x)), ...events.map((e) => Math.floor(e.x))]
  const first = Math.min(...years)
  const last = Math.max(...years) + 1
  const unit = getSeries(dataset, def.series[0]!.seriesId)!.unit
  // A range's top is part of what the axis must show.
  const values = all.map((p) => Math.max(p.y, p.range?.high ?? 0))
  const title = def.series.map((s) => getSeries(dataset, s.seriesId)!.title[locale]).join(" · ")
  return {
    kind: "trend",
    id: def.id,
    title,
    unit,
    unitLabel: t(`unit.${unit}`),
    description: describeLayers(layers, t, locale),
    scale: def.scale ?? "linear",
    xDomain: [first, last],
    xTicks: Array.from({ length: last - first }, (_, i) => first + i + 0.5),
    yMax: Math.max(...values),
    linearTicks: niceTicks(Math.max(...values)),
    logTicks: logTicksFor(Math.min(...values), Math.max(...values)),
    layers,
    events: assignEventRows(events),
  }
}

// Bars by country: one layer per period (the headline's two years), countries ordered by their latest share.
function barPanel(
  dataset: Dataset,
  def: PanelDef,
  t: Translate,
  locale: Locale,
  only: readonly string[] | undefined,
): BarPanel {
  const { seriesId, color } = def.series[0]!
  const series = getSeries(dataset, seriesId)!
  const inPeriods = dataset.observations.filter(
    (o) => o.seriesId === seriesId && isDrawable(o) && o.country && (!only || only.includes(o.period)),
  )
  const latest = [...new Set(inPeriods.map((o) => o.period))].sort(comparePeriods).at(-1)
  // Only countries with a figure for the latest year are drawn: a country with an earlier bar and no
  // latest one (IWF's Slovakia and Malaysia: a 2023 share, no 2024 share read) would look as if it had
  // fallen to nothing. The figure's table lists every observation, these included.
  const drawn = new Set(inPeriods.filter((o) => o.period === latest).map((o) => o.country))
  const rows = inPeriods.filter((o) => drawn.has(o.country))
  const periods = [...new Set(rows.map((o) => o.period))].sort(comparePeriods)
  const latestShare = (code: string) =>
    rows.find((o) => o.country === code && o.period === latest)?.value ?? -1
  const codes = [...new Set(rows.map((o) => o.country!))].sort((a, b) => latestShare(b) - latestShare(a))
  const layers: ChartLayer[] = periods.map((period) => {
    // The latest year carries the series colour; earlier years a neutral grey, so "now" stands out.
    const layerColor = period === latest ? color : EARLIER_PERIOD
    const label = formatPeriod(period, locale)
    const points = rows
      .filter((o) => o.period === period)
      .map((o) => ({
        ...toPoint(
          dataset,
          o,
          t,
          locale,
          `${series.title[locale]}${COMMA[locale]}${formatCountry(o.country!, locale)}`,
          false,
        ),
      }))
    return { key: `${seriesId}|${period}`, label, color: layerColor, kind: "period", points, line: [] }
  })
  return {
    kind: "bars",
    id: def.id,
    title: series.title[locale],
    unit: series.unit,
    unitLabel: t(`unit.${series.unit}`),
    description: describeLayers(layers, t, locale),
    categories: codes.map((code) => ({ code, label: formatCountry(code, locale) })),
    layers,
  }
}

function buildPanel(
  dataset: Dataset,
  def: PanelDef,
  t: Translate,
  locale: Locale,
  periods?: readonly string[],
): ChartPanel {
  return def.kind === "trend"
    ? trendPanel(dataset, def, t, locale, periods)
    : barPanel(dataset, def, t, locale, periods)
}

/**
 * A figure's chart spec; for a deck about `year` (lib/analysis/figure-year.ts), bars drawn for "the headline's
 * periods" show that year's pair, so that a 2023 deck's hosting bars are 2022 and 2023 like its headline.
 * Where the figure has nothing to compare up to the year, or a panel's source has no figure in the
 * year's pair (INHOPE's hosting shares exist for 2024 only), the default pair is drawn rather than an
 * empty panel.
 */
export function buildFigureSpec(
  dataset: Dataset,
  id: FigureId,
  locale: Locale,
  t: Translate,
  year?: TalkYear,
): FigureSpec {
  const fallback = figurePair(dataset, id)
  const pair = pairForYear(dataset, id, year) ?? fallback
  const panel = (def: PanelDef) => {
    if (def.periods !== "headline") return buildPanel(dataset, def, t, locale)
    const built = buildPanel(dataset, def, t, locale, [pair.from, pair.to])
    return built.layers.length > 0 ? built : buildPanel(dataset, def, t, locale, [fallback.from, fallback.to])
  }
  return { id, locale, panels: FIGURES[id].panels.map(panel) }
}

/** Beyond this ratio of largest to smallest value, a linear axis flattens the small values into the floor. */
const LOG_RATIO = 50

/** The panel definition of one series on its own, as the source pages chart it. */
export function seriesPanelDef(dataset: Dataset, seriesId: string): PanelDef {
  const series = getSeries(dataset, seriesId)!
  const values = dataset.observations
    .filter((o) => o.seriesId === seriesId && isDrawable(o) && !o.category)
    .map((o) => o.value)
  const positive = values.filter((v) => v > 0)
  const wide =
    series.unit !== "percent" &&
    positive.length > 1 &&
    Math.max(...positive) / Math.min(...positive) > LOG_RATIO
  return {
    id: `series-${seriesId}`,
    kind: series.dimension === "country" ? "bars-by-country" : "trend",
    series: [{ seriesId, color: COLORS.blue }],
    scale: wide ? "log" : "linear",
  }
}

export function buildSeriesSpec(
  dataset: Dataset,
  seriesId: string,
  locale: Locale,
  t: Translate,
): FigureSpec {
  return { id: seriesId, locale, panels: [buildPanel(dataset, seriesPanelDef(dataset, seriesId), t, locale)] }
}
