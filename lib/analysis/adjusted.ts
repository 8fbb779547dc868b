import { mainObservation } from "./change"
import { formatNumber, formatValue } from "../format/values"
import { wordsFor } from "../i18n/words"
import {
  significantFigures,
  type Caveat,
  type Dataset,
  type Locale,
  type Observation,
  type Qualifier,
} from "../data/schema"

/**
 * The place of the last of `figures` significant figures of `value`, as a power of ten: 1.6 million to two
 * figures is 100,000, 897,438 to six is 1, 0.25 to two is 0.01. The one rule for rounding, a figure's
 * rounding span and a change's precision.
 */
export function lastPlace(value: number, figures: number): number {
  return 10 ** (Math.floor(Math.log10(Math.abs(value))) - figures + 1)
}

/** `value` rounded to `figures` significant figures: 897,438 to two is 900,000. */
function roundToFigures(value: number, figures: number): number {
  if (value === 0) return 0
  const step = lastPlace(value, figures)
  return Number((Math.round(value / step) * step).toPrecision(15))
}

/** Half a unit in the last significant figure: a figure given as 1.6 million could be 1.55 to 1.65 million. */
function roundingHalfWidth(value: number, figures: number): number {
  return 0.5 * lastPlace(value, figures)
}

/**
 * Half the span a written figure may stand for: a count written with trailing zeros (29,200,000; 380,000)
 * may be rounded at its last non-zero digit, so it could be anything within half a unit of it; a count
 * written out in full (36,210,368) is exact. A stored range is used where the figure has one.
 */
export function writtenHalfWidth(value: number): number {
  const digits = String(Math.trunc(Math.abs(value))).length
  const figures = significantFigures(value)
  return figures < digits ? roundingHalfWidth(value, figures) : 0
}

/**
 * One end of a change as changeAtPrecision reads it: its value, whether it is inexact (isInexact), and,
 * where its source gives only one side ("more than 546,000", "nearly 100"), which side (qualifierBound).
 */
interface ChangeEnd {
  value: number
  inexact: boolean
  bound?: "lower" | "upper"
}

/** The hedge word of a change's size: two-sided ("about"), or one-sided where both ends allow it. */
type ChangeHedge = "about" | "more-than" | "less-than"

/**
 * A difference at the precision of its less precise end: a change to a rounded 20.5 million is not known
 * to the unit, so 36,210,368 to 20.5 million is "about −15.7 million", not −15,710,368. An end is inexact
 * where it spans a range, carries a hedge word or is written rounded (writtenHalfWidth); the change is then
 * rounded to the place of the coarsest one's last significant figure (0.1 million for 20.5 million), and
 * `hedge` says it is approximate too. A change smaller than that place keeps one significant figure
 * rather than reading 0. The one rule for a change's absolute size, on a bridge and on a comparison card.
 *
 * `ends` is [from, to]. Where the only inexact ends are one-sided, so is the change (changeSizeHedge):
 * 186,819 to "more than 546,000" is "more than 359,000", not "about", and the size is then rounded
 * towards its bound (down for "more than"), so that the word stays true of the rounded figure.
 */
export function changeAtPrecision(
  absolute: number,
  ends: readonly ChangeEnd[],
): { value: number; hedge?: ChangeHedge } {
  const inexact = ends.filter((e) => e.inexact && e.value !== 0)
  if (inexact.length === 0) return { value: absolute }
  const hedge = changeSizeHedge(absolute, ends)
  const step = Math.max(...inexact.map((e) => lastPlace(e.value, significantFigures(e.value))))
  const towards = hedge === "more-than" ? Math.floor : hedge === "less-than" ? Math.ceil : Math.round
  const rounded = Number((towards(Math.abs(absolute) / step) * step).toPrecision(15))
  const size = rounded === 0 && absolute !== 0 ? roundToFigures(Math.abs(absolute), 1) : rounded
  return { value: Math.sign(absolute) * size, hedge }
}

/**
 * Which way the size of a change from `ends[0]` to `ends[1]` is known. A later end known only from below
 * ("more than") bounds the change from below, an earlier one from above, and the reverse for "less than"
 * and "nearly"; for a fall, a change bounded from below is a fall of at most its size. Any two-sided end,
 * or ends that bound it both ways, leave "about".
 */
export function changeSizeHedge(absolute: number, ends: readonly ChangeEnd[]): ChangeHedge {
  const sides = new Set<"lower" | "upper" | "both">()
  ends.forEach((e, i) => {
    if (!e.inexact || e.value === 0) return
    if (!e.bound) return void sides.add("both")
    const later = i === ends.length - 1
    sides.add(later === (e.bound === "lower") ? "lower" : "upper")
  })
  if (sides.size !== 1 || sides.has("both")) return "about"
  const changeFromBelow = sides.has("lower")
  return changeFromBelow === absolute > 0 ? "more-than" : "less-than"
}

/**
 * Which side of its value a figure is known on, from its hedge word: "more than" is a floor, "less than"
 * and "nearly" a ceiling. A figure with a range has two sides, whatever its word.
 */
export function qualifierBound(qualifier: Qualifier | undefined, hasRange = false): ChangeEnd["bound"] {
  if (hasRange) return undefined
  if (qualifier === "more-than") return "lower"
  if (qualifier === "less-than" || qualifier === "nearly") return "upper"
  return undefined
}

type EndFigure = Pick<Observation, "value" | "qualifier"> &
  (Pick<Observation, "range"> | { twoSided: boolean })

/**
 * A figure as an end of a change, for changeAtPrecision: an observation, or a bridge's quantity of one
 * (lib/analysis/bridge.ts), which says whether it had a range as `twoSided`.
 */
export function changeEnd(o: EndFigure): ChangeEnd {
  const twoSided = "twoSided" in o ? o.twoSided : Boolean(o.range)
  return {
    value: o.value,
    inexact: twoSided || Boolean(o.qualifier) || writtenHalfWidth(o.value) > 0,
    bound: qualifierBound(o.qualifier, twoSided),
  }
}

/** Whether an observation is an inexact end of a change, in the sense of changeAtPrecision. */
export function isInexact(o: Observation): boolean {
  return changeEnd(o).inexact
}

/**
 * A total without a one-off contributor (a caveat with an `adjustment`): a derived view, computed here
 * and never stored. Its value is rounded to the precision of the contribution (a two-figure 1.6 million
 * cannot give a six-figure 897,438), it spans the contribution's rounding, and it carries the caveat's
 * assumptions and the citations of both figures it uses.
 */
function withoutContributor(dataset: Dataset, caveat: Caveat, total: Observation): Observation | undefined {
  const adjustment = caveat.adjustment
  if (!adjustment || adjustment.fromSeries !== total.seriesId) return undefined
  const part = mainObservation(dataset, adjustment.subtractSeries, total.period)
  if (!part) return undefined
  const figures = adjustment.significantFigures
  const half = roundingHalfWidth(part.value, figures)
  const value = roundToFigures(total.value - part.value, figures)
  const range = {
    low: roundToFigures(total.value - part.value - half, figures),
    high: roundToFigures(total.value - part.value + half, figures),
  }
  const name = dataset.series.find((s) => s.id === adjustment.subtractSeries)!.title
  const unit = dataset.series.find((s) => s.id === total.seriesId)!.unit
  // The sum as words.adjusted says it: "total − part (name) = about value, from low to high as the part is rounded."
  const arithmeticText = (locale: Locale) =>
    wordsFor(locale)("adjusted.arithmetic", {
      total: formatNumber(total.value, locale),
      part: formatValue(part.value, unit, locale),
      name: name[locale],
      value: formatValue(value, unit, locale),
      low: formatValue(range.low, unit, locale),
      high: formatValue(range.high, unit, locale),
    })
  return {
    seriesId: total.seriesId,
    period: total.period,
    variant: `without-${adjustment.subtractSeries}`,
    value,
    status: "implied",
    qualifier: "about",
    significantFigures: figures,
    range,
    arithmetic: {
      en: arithmeticText("en"),
      ar: arithmeticText("ar"),
    },
    assumptions: adjustment.assumptions,
    assumptionsShort: adjustment.assumptionsShort,
    citations: [...total.citations, ...part.citations],
  }
}

/** Every adjusted view of a series: its totals without each one-off contributor the caveats name. */
export function adjustedObservations(dataset: Dataset, seriesId: string): Observation[] {
  const out: Observation[] = []
  for (const caveat of dataset.caveats.filter((c) => c.adjustment?.fromSeries === seriesId)) {
    for (const period of caveat.appliesTo.periods ?? []) {
      const total = mainObservation(dataset, seriesId, period)
      const adjusted = total && withoutContributor(dataset, caveat, total)
      if (adjusted) out.push(adjusted)
    }
  }
  return out
}

/** INHOPE's total without SafeNet Bulgaria, the adjusted view the INHOPE figure draws. */
export function inhopeWithoutSafenet(dataset: Dataset): Observation[] {
  return adjustedObservations(dataset, "inhope-reports")
}
