import { adjustedObservations } from "./adjusted"
import { byKind, caveatApplies, isGeneralCaveat } from "../data/caveats"
import { mainObservation, percentChange } from "./change"
import { isDrawable } from "../data/confidence"
import { getSeries } from "../data/observations"
import { areLikePeriods, comparePeriods, parsePeriod } from "../data/period"
import type { Caveat, CaveatKind, Dataset, Observation, Status } from "../data/schema"

export type Verdict = "comparable" | "caution" | "not-comparable"

export type Comparison = {
  id: string
  seriesId: string
  country?: string
  from: Observation
  to: Observation
  absolute: number
  /** Percent change, or null where a percent would mislead: a tiny base, or a share (use points). */
  percent: number | null
  /** Change in percentage points, for series that are themselves percent shares. */
  points: number | null
  smallBase: boolean
  verdict: Verdict
  /** The caveats that decide the verdict, most decisive first. */
  reasons: Caveat[]
  /** Values that are not plain reported figures (approximate, implied, preliminary). */
  uncertain: { period: string; status: Exclude<Status, "reported"> }[]
  /** Caveats that hold but do not change the verdict (coverage, definitions, revisions). */
  context: Caveat[]
  /** Where a method change breaks the comparison, the same pair on the like-for-like series. */
  likeForLike?: Comparison
  /**
   * Where either figure is a range (rate-derived, rounded or hedged inputs), the percent change its bounds
   * allow, instead of a precise one; `directionKnown` is false when that span runs from a fall to a rise.
   */
  range?: { low: number; high: number; directionKnown: boolean }
  /** The same for a share: the change in percentage points its bounds allow. */
  pointsRange?: { low: number; high: number; directionKnown: boolean }
  /**
   * Where a one-off contributor inflates the later figure, the total without it, and the change from the
   * earlier figure only where the contributor's share of it is known (`percent` null otherwise).
   */
  adjusted?: {
    to: Observation
    absolute: number | null
    percent: number | null
    changeKnown: boolean
    caveat: Caveat
  }
}

const bounds = (o: Observation): [number, number] =>
  o.range ? [o.range.low, o.range.high] : [o.value, o.value]

/** The change a pair of spans allows, in percent: from the lowest later over the highest earlier, up. */
function rangeChange(a: Observation, b: Observation): Comparison["range"] {
  if (!a.range && !b.range) return undefined
  const [[aLow, aHigh], [bLow, bHigh]] = [bounds(a), bounds(b)]
  const low = percentChange(aHigh, bLow)
  const high = percentChange(aLow, bHigh)
  if (low === null || high === null) return undefined
  return { low, high, directionKnown: Math.sign(low) === Math.sign(high) }
}

const decimals = (v: number) => (String(v).split(".")[1] ?? "").length

/**
 * The change between two shares in percentage points, at the precision of the less precise share: 8.79 %
 * to 61 % is a rise of 52 points, not 52.21, since 61 % is itself rounded to the whole point. Where that
 * rounding would show no change at all (4 % to 4.1 %), the finer precision is kept: a change is there.
 */
export function pointsChange(a: number, b: number): number {
  const exact = b - a
  const coarse = Math.min(decimals(a), decimals(b))
  const rounded = Number(exact.toFixed(coarse))
  return rounded === 0 && exact !== 0 ? Number(exact.toFixed(Math.max(decimals(a), decimals(b)))) : rounded
}

/** The change in percentage points a pair of shares allows, where either is a span. */
function pointsRangeChange(a: Observation, b: Observation): Comparison["pointsRange"] {
  if (!a.range && !b.range) return undefined
  const [[aLow, aHigh], [bLow, bHigh]] = [bounds(a), bounds(b)]
  const low = bLow - aHigh
  const high = bHigh - aLow
  return { low, high, directionKnown: Math.sign(low) === Math.sign(high) }
}

/** Below this a percent change is not shown: +380 % on a base of 51 says more about the base than the change. */
export const SMALL_BASE = 1000

type Effect = Verdict | null

// What each kind of caveat does to a comparison of a pair of periods. `a` and `b` say whether the caveat
// holds for the earlier and the later figure.
const EFFECTS: Record<CaveatKind, (a: boolean, b: boolean) => Effect> = {
  // A change of method between the two periods breaks the comparison; both sides after it are fine.
  "method-change": (a, b) => (a !== b ? "not-comparable" : null),
  "technology-change": (a, b) => (a || b ? "caution" : null),
  "detection-change": (a, b) => (a || b ? "caution" : null),
  "legal-change": (a, b) => (a || b ? "caution" : null),
  "one-off-contributor": (a, b) => (a || b ? "caution" : null),
  "data-quality": (a, b) => (a || b ? "caution" : null),
  // Half-years only ever meet the same half-year, so a partial-period note matters only when it differs.
  "partial-period": (a, b) => (a !== b ? "caution" : null),
  coverage: () => null,
  definition: () => null,
  revision: () => null,
  interpretation: () => null,
}

function comparisonId(seriesId: string, from: string, to: string, country?: string): string {
  return [seriesId, from, to, country].filter(Boolean).join(":")
}

export function compare(dataset: Dataset, a: Observation, b: Observation): Comparison {
  if (a.seriesId !== b.seriesId) throw new Error(`cannot compare ${a.seriesId} with ${b.seriesId}`)
  if (!areLikePeriods(a.period, b.period)) throw new Error(`${a.period} and ${b.period} are not like periods`)
  const series = getSeries(dataset, a.seriesId)!
  const reasons: Caveat[] = []
  const context: Caveat[] = []
  let verdict: Verdict = "comparable"
  for (const c of dataset.caveats) {
    const inA = caveatApplies(c, a.seriesId, a.period)
    const inB = caveatApplies(c, b.seriesId, b.period)
    if (!inA && !inB) continue
    const effect = EFFECTS[c.kind](inA, inB)
    if (effect === null) {
      if (!isGeneralCaveat(c)) context.push(c)
      continue
    }
    reasons.push(c)
    if (effect === "not-comparable") verdict = "not-comparable"
    else if (verdict === "comparable") verdict = "caution"
  }
  const uncertain = [a, b]
    .filter((o): o is Observation & { status: Exclude<Status, "reported"> } => o.status !== "reported")
    .map((o) => ({ period: o.period, status: o.status }))
  if (uncertain.length > 0 && verdict === "comparable") verdict = "caution"

  const isShare = series.unit === "percent"
  const smallBase = !isShare && a.value < SMALL_BASE
  // A change between spans is not a precise percent; where its bounds run from a fall to a rise, even its
  // direction is unknown, and the comparison cannot be made.
  const range = isShare ? undefined : rangeChange(a, b)
  const pointsRange = isShare ? pointsRangeChange(a, b) : undefined
  const span = range ?? pointsRange
  if (span && !span.directionKnown) verdict = "not-comparable"
  else if (span && verdict === "comparable") verdict = "caution"
  const comparison: Comparison = {
    id: comparisonId(a.seriesId, a.period, b.period, a.country),
    seriesId: a.seriesId,
    country: a.country,
    from: a,
    to: b,
    absolute: b.value - a.value,
    percent: isShare || smallBase || range ? null : percentChange(a.value, b.value),
    points: isShare ? pointsChange(a.value, b.value) : null,
    smallBase,
    verdict,
    reasons: reasons.sort(byKind),
    uncertain,
    context: context.sort(byKind),
    ...(range && !smallBase ? { range } : {}),
    ...(pointsRange ? { pointsRange } : {}),
  }

  for (const c of reasons) {
    if (c.kind === "method-change" && c.likeForLike) {
      const la = mainObservation(dataset, c.likeForLike, a.period)
      const lb = mainObservation(dataset, c.likeForLike, b.period)
      if (la && lb) comparison.likeForLike = compare(dataset, la, lb)
    }
  }
  const adjusted = adjustedObservations(dataset, b.seriesId).find((o) => o.period === b.period)
  const adjuster = reasons.find((c) => c.adjustment?.fromSeries === b.seriesId)
  if (adjusted && adjuster && !caveatApplies(adjuster, a.seriesId, a.period)) {
    const changeKnown = adjuster.adjustment!.changeKnown
    comparison.adjusted = {
      to: adjusted,
      absolute: changeKnown ? adjusted.value - a.value : null,
      percent: changeKnown && !smallBase ? percentChange(a.value, adjusted.value) : null,
      changeKnown,
      caveat: adjuster,
    }
  }
  return comparison
}

/** Consecutive like periods of a series: 2022→2023, 2023→2024, H1 2024→H1 2025; per country where by country. */
export function consecutivePairs(dataset: Dataset, seriesId: string): [Observation, Observation][] {
  const rows = dataset.observations.filter((o) => o.seriesId === seriesId && isDrawable(o) && !o.category)
  const groups = new Map<string, Observation[]>()
  for (const o of rows) {
    const key = `${o.country ?? ""}|${parsePeriod(o.period).half ?? "year"}`
    groups.set(key, [...(groups.get(key) ?? []), o])
  }
  const pairs: [Observation, Observation][] = []
  for (const group of groups.values()) {
    const sorted = group.sort((x, y) => comparePeriods(x.period, y.period))
    sorted.forEach((o, i) => {
      const next = sorted[i + 1]
      if (next && parsePeriod(next.period).year - parsePeriod(o.period).year === 1) pairs.push([o, next])
    })
  }
  return pairs.sort(
    ([a1], [b1]) =>
      (a1.country ?? "").localeCompare(b1.country ?? "") || comparePeriods(a1.period, b1.period),
  )
}

/** Every consecutive like pair of every series, in dataset order: the default view of /compare. */
export function allComparisons(dataset: Dataset): Comparison[] {
  return dataset.series.flatMap((s) =>
    consecutivePairs(dataset, s.id).map(([a, b]) => compare(dataset, a, b)),
  )
}
