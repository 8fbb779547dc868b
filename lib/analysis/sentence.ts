import type { Translate } from "../charts/spec"
import { caveatsForSeries } from "../data/caveats"
import { formatSentenceSources } from "../format/citation"
import { SMALL_BASE, type Comparison } from "./compare"
import {
  formatAssumptions,
  formatChangeSize,
  formatCountry,
  formatNumber,
  isolateSigned,
  formatObservation,
  formatPercentChange,
  formatQualified,
  formatSignedValue,
  withQualifier,
} from "../format/values"
import { getSeries } from "../data/observations"
import { abbreviationsIn } from "../format/glossary"
import { translatorFor } from "../i18n/translate"
import { changeAtPrecision, changeEnd, changeSizeHedge, isInexact } from "./adjusted"
import type { Dataset, Locale, Observation, Unit } from "../data/schema"
import { formatPeriod } from "../format/time"

/**
 * The change as the sentence states it, after its "rose"/"fell", with the absolute change beside the
 * percent as the card shows it: ", a decrease of about 15.7 million (43%)", ", an increase of 4 percentage
 * points" (a share's change is already absolute), ", an increase of 194 (no percentage …)" on a small base,
 * or "" for a range (its own sentence gives the span). Every size is unsigned (formatChangeSize,
 * formatAbsoluteChangeSize): the verb and "increase"/"decrease" already say the direction, and both follow
 * the same sign of the change.
 */
function formatChange(c: Comparison, unit: Unit, locale: Locale, t: Translate): string {
  if (c.pointsRange || c.range || c.absolute === 0) return ""
  const way = c.absolute > 0 ? "increase" : "decrease"
  if (c.points !== null)
    return t(`sentence.${way}Points`, {
      points: formatChangeSize(c.points, locale, "points"),
      count: pluralCount(c.points),
    })
  const absolute = formatAbsoluteChangeSize(c.absolute, [c.from, c.to], unit, locale)
  if (c.percent !== null)
    return t(`sentence.${way}Absolute`, {
      absolute,
      percent: withQualifier(formatChangeSize(percentTowardsBound(c), locale), percentHedge(c), locale),
    })
  // As the card does: the absolute change alone, and why no percentage is given beside it.
  if (c.smallBase) return t(`sentence.${way}SmallBase`, { absolute, base: formatNumber(SMALL_BASE, locale) })
  return ""
}

/**
 * The change as a short label, as cards, figures and slides show it: "−4 percentage points" (shares),
 * "+218%", "+8% to +21%" between ranges, "change not known" where a range runs from a fall to a rise,
 * or the signed absolute change where the base is too small for a percentage. `t` resolves "points",
 * "changeRange" and "changeUnknown" in the caller's namespace.
 */
export function formatChangeLabel(c: Comparison, locale: Locale, t: Translate): string {
  if (c.pointsRange && !c.pointsRange.directionKnown) return t("changeUnknown")
  if (c.pointsRange)
    return t("pointsRange", {
      low: formatSignedNumber(c.pointsRange.low, locale),
      high: formatSignedNumber(c.pointsRange.high, locale),
      count: pluralCount(c.pointsRange.high),
    })
  if (c.points !== null)
    return t("points", { points: formatSignedNumber(c.points, locale), count: pluralCount(c.points) })
  if (c.range && !c.range.directionKnown) return t("changeUnknown")
  if (c.range)
    return t("changeRange", {
      low: formatPercentChange(c.range.low, locale),
      high: formatPercentChange(c.range.high, locale),
    })
  if (c.percent !== null)
    return withQualifier(formatPercentChange(percentTowardsBound(c), locale), percentHedge(c), locale)
  return formatSignedNumber(c.absolute, locale)
}

/**
 * A percent change is bounded as its absolute change is (changeSizeHedge): from 186,819 to "more than
 * 546,000" is "more than 192%". Only a one-sided hedge is written; a two-sided one leaves the percent as
 * its own rounding gives it, as before ("about −15.7 million (−43%)").
 */
function percentHedge(c: Comparison): "more-than" | "less-than" | undefined {
  if (!isInexact(c.from) && !isInexact(c.to)) return undefined
  const hedge = changeSizeHedge(c.absolute, [changeEnd(c.from), changeEnd(c.to)])
  return hedge === "about" ? undefined : hedge
}

/**
 * The percent rounded towards its bound at the precision formatChangeSize prints (a whole percent from
 * 10%, a tenth below), so that "more than 192%" stays true of 192.3%.
 */
function percentTowardsBound(c: Comparison): number {
  const percent = c.percent!
  const hedge = percentHedge(c)
  if (!hedge) return percent
  const size = Math.abs(percent)
  const step = size < 10 ? 0.1 : 1
  const towards = hedge === "more-than" ? Math.floor : Math.ceil
  return Math.sign(percent) * Number((towards(size / step) * step).toPrecision(12))
}

/**
 * The change as a comparison card shows it: the absolute change beside the percent, "about −15.7 million
 * (−43%)", or between ranges "+4,000 to +9,000 (+8% to +21%)". The absolute change is at the precision of
 * its less precise end (changeAtPrecision). A share's change is already absolute (percentage points), and a
 * small base, a zero base and a change not known stay as formatChangeLabel gives them. `t` resolves
 * "withPercent" in the caller's namespace, with formatChangeLabel's keys.
 */
export function formatChangeWithAbsolute(c: Comparison, unit: Unit, locale: Locale, t: Translate): string {
  const percent = formatChangeLabel(c, locale, t)
  if (c.points !== null || c.pointsRange || c.smallBase) return percent
  if (c.range) {
    if (!c.range.directionKnown) return percent
    return t("withPercent", { absolute: t("changeRange", absoluteSpan(c, unit, locale)), percent })
  }
  if (c.percent === null) return percent
  return t("withPercent", {
    absolute: formatAbsoluteChange(c.absolute, [c.from, c.to], unit, locale),
    percent,
  })
}

/**
 * The span of the absolute change between ranges, signed, each end at the precision of the less precise
 * figure: the lowest later figure less the highest earlier one, and the reverse.
 */
function absoluteSpan(c: Comparison, unit: Unit, locale: Locale): { low: string; high: string } {
  const ends = [c.from, c.to].map((o) => ({ value: o.value, inexact: isInexact(o) }))
  const [a, b] = [c.from, c.to].map((o) => (o.range ? [o.range.low, o.range.high] : [o.value, o.value]))
  return {
    low: formatSignedValue(changeAtPrecision(b![0]! - a![1]!, ends).value, unit, locale),
    high: formatSignedValue(changeAtPrecision(b![1]! - a![0]!, ends).value, unit, locale),
  }
}

/**
 * The change without a one-off contributor as the card and the sentence give it: the absolute change
 * beside the percent where both are known, as formatChangeWithAbsolute gives a change, else the percent
 * or "not measurable" alone (formatAdjustedChange).
 */
export function formatAdjustedChangeWithAbsolute(
  c: Comparison & { adjusted: NonNullable<Comparison["adjusted"]> },
  unit: Unit,
  locale: Locale,
  t: Translate,
): string {
  const percent = formatAdjustedChange(c.adjusted, locale, t)
  if (c.adjusted.percent === null || c.adjusted.absolute === null) return percent
  return t("withPercent", {
    absolute: formatAbsoluteChange(c.adjusted.absolute, [c.from, c.adjusted.to], unit, locale),
    percent,
  })
}

/**
 * A change in its unit, signed, at the precision of its less precise end and hedged where that end is
 * inexact (changeAtPrecision): "about −15.7 million", "+2,661,348".
 */
export function formatAbsoluteChange(
  absolute: number,
  ends: readonly Observation[],
  unit: Unit,
  locale: Locale,
): string {
  const shown = absoluteAtPrecision(absolute, ends)
  const value = formatSignedValue(shown.value, unit, locale)
  return withQualifier(value, shown.hedge, locale)
}

/**
 * The same change without its sign, for prose where a direction word already says which way it went
 * (the rule of formatChangeSize): "a decrease of about 15.7 million", «بانخفاض قدره نحو 15.7 مليون».
 */
function formatAbsoluteChangeSize(
  absolute: number,
  ends: readonly Observation[],
  unit: Unit,
  locale: Locale,
): string {
  const shown = absoluteAtPrecision(absolute, ends)
  return formatQualified(Math.abs(shown.value), unit, locale, shown.hedge)
}

function absoluteAtPrecision(absolute: number, ends: readonly Observation[]) {
  return changeAtPrecision(absolute, ends.map(changeEnd))
}

/** The change without a one-off contributor, as a label: a percent, or "not measurable" where its base is unknown. */
export function formatAdjustedChange(
  adjusted: NonNullable<Comparison["adjusted"]>,
  locale: Locale,
  t: Translate,
): string {
  if (adjusted.percent !== null) return formatPercentChange(adjusted.percent, locale)
  if (adjusted.absolute !== null) return formatSignedNumber(adjusted.absolute, locale)
  return t("changeNotMeasurable")
}

/**
 * The number a plural form is chosen by, for a change in percentage points as it is shown: the absolute
 * value at the precision formatNumber prints, so "+1" reads "point" and "−4" «نقاط» (Arabic's 3–10 form).
 */
function pluralCount(n: number): number {
  return Math.round(Math.abs(n) * 100) / 100
}

export function formatSignedNumber(n: number, locale: Locale): string {
  const sign = n > 0 ? "+" : n < 0 ? "−" : ""
  return isolateSigned(`${sign}${formatNumber(Math.abs(n), locale)}`, locale)
}

function seriesName(dataset: Dataset, c: Comparison, locale: Locale): string {
  const series = getSeries(dataset, c.seriesId)!
  if (!c.country) return series.title[locale]
  const country = formatCountry(c.country, locale)
  return series.countryTitle
    ? series.countryTitle[locale].replace("{country}", country)
    : `${series.title[locale]} (${country})`
}

/** Where a range runs from a fall to a rise, no verb may say which way it went. */
function isDirectionKnown(c: Comparison): boolean {
  return !(c.range && !c.range.directionKnown) && !(c.pointsRange && !c.pointsRange.directionKnown)
}

/**
 * One plain, caveated sentence a user can paste into a briefing: what changed, whether the two figures
 * can be compared and why, the like-for-like or adjusted change where there is one, and the source.
 * It never claims prevalence; it says report volumes reflect detection and reporting capacity.
 */
export function buildComparisonSentence(
  dataset: Dataset,
  c: Comparison,
  locale: Locale,
  t: Translate,
): string {
  const unit = getSeries(dataset, c.seriesId)!.unit
  const sep = locale === "ar" ? "؛ " : "; "
  const values = {
    series: seriesName(dataset, c, locale),
    from: formatObservation(c.from, unit, locale),
    to: formatObservation(c.to, unit, locale),
    fromPeriod: formatPeriod(c.from.period, locale),
    toPeriod: formatPeriod(c.to.period, locale),
    change: formatChange(c, unit, locale, t),
  }
  const parts = [
    t(
      !isDirectionKnown(c)
        ? "sentence.unknown"
        : c.absolute > 0
          ? "sentence.rose"
          : c.absolute < 0
            ? "sentence.fell"
            : "sentence.same",
      values,
    ),
  ]
  // Caveat titles are headings (capitalised, some with a colon): in a sentence each is quoted as a title.
  const quote = (title: string) => (locale === "ar" ? `«${title}»` : `“${title}”`)
  const reasons = c.reasons.map((r) => quote(r.title[locale])).join(sep)
  if (c.verdict === "not-comparable") parts.push(t("sentence.notComparable", { reasons }))
  if (c.verdict === "caution" && reasons) parts.push(t("sentence.caution", { reasons }))
  if (c.uncertain.length > 0) {
    // "The 2023 figure is implied; the 2024 figure is approximate.": only the first item opens the sentence.
    const items = c.uncertain.map((u, i) =>
      t(i === 0 ? "sentence.uncertainItem" : "sentence.uncertainNext", {
        period: formatPeriod(u.period, locale),
        status: t(`status.${u.status}`),
      }),
    )
    parts.push(t("sentence.uncertain", { values: items.join(sep) }))
  }
  if (c.range) {
    // As the card does, the span of the absolute change beside the span of the percent.
    const bounds = {
      lowPercent: formatPercentChange(c.range.low, locale),
      highPercent: formatPercentChange(c.range.high, locale),
      ...(c.range.directionKnown ? absoluteSpan(c, unit, locale) : {}),
    }
    parts.push(t(c.range.directionKnown ? "sentence.range" : "sentence.rangeUnknown", bounds))
  }
  if (c.pointsRange) {
    const bounds = {
      low: formatSignedNumber(c.pointsRange.low, locale),
      high: formatSignedNumber(c.pointsRange.high, locale),
      count: pluralCount(c.pointsRange.high),
    }
    parts.push(t(c.pointsRange.directionKnown ? "sentence.pointsRange" : "sentence.rangeUnknown", bounds))
  }
  // What a derived figure takes for granted travels with it: a pasted sentence keeps its assumptions.
  const assumptionsOf = (...observations: Observation[]) => {
    for (const o of observations) {
      const assumptions = formatAssumptions(o, locale)
      if (assumptions)
        parts.push(t("sentence.assumptions", { period: formatPeriod(o.period, locale), assumptions }))
    }
  }
  assumptionsOf(c.from, c.to)
  if (c.likeForLike) {
    const lfl = c.likeForLike
    // The like-for-like change as the card gives it: its absolute change beside its percent.
    parts.push(
      t(isDirectionKnown(lfl) ? "sentence.likeForLike" : "sentence.likeForLikeUnknown", {
        series: seriesName(dataset, lfl, locale),
        change: formatChangeWithAbsolute(lfl, getSeries(dataset, lfl.seriesId)!.unit, locale, t),
      }),
    )
    // The like-for-like change rests on its own figures (2023 incidents are implied): say what they assume.
    assumptionsOf(lfl.from, lfl.to)
  }
  if (c.adjusted) {
    const contributor = getSeries(dataset, c.adjusted.caveat.adjustment!.subtractSeries)!.title[locale]
    const adjusted = {
      contributor,
      period: formatPeriod(c.adjusted.to.period, locale),
      value: formatObservation(c.adjusted.to, unit, locale),
      assumptions: formatAssumptions(c.adjusted.to, locale),
    }
    parts.push(
      c.adjusted.changeKnown
        ? t("sentence.adjusted", {
            ...adjusted,
            change: formatAdjustedChangeWithAbsolute({ ...c, adjusted: c.adjusted }, unit, locale, t),
          })
        : t("sentence.adjustedLevel", adjusted),
    )
  }
  // What the figure measures, where the series' own reading caveat says it (hosting is not where abuse
  // happens; a few companies make most reports): a pasted share or hosting sentence keeps it.
  const readings = caveatsForSeries(dataset, c.seriesId).filter(
    (k) => k.kind === "coverage" && k.appliesTo.seriesIds !== "all" && !c.reasons.some((r) => r.id === k.id),
  )
  if (readings.length > 0)
    parts.push(t("sentence.reading", { notes: readings.map((k) => quote(k.title[locale])).join(sep) }))
  if (unit !== "percent") parts.push(t("sentence.capacity"))
  parts.push(
    t("sentence.source", {
      sources: formatSentenceSources([...c.from.citations, ...c.to.citations], locale),
    }),
  )
  // A pasted sentence has no glossary beside it: it spells out the abbreviations it uses, once, at its end.
  const tg = translatorFor(locale, "glossary")
  const abbreviations = abbreviationsIn(parts.join(" "), (id) => tg(`terms.${id}.expansion`))
  if (abbreviations.length > 0)
    parts.push(t("sentence.abbreviations", { list: abbreviations.join(locale === "ar" ? "؛ " : "; ") }))
  return parts.join(" ")
}
