import { compare, type Comparison } from "./compare"
import { isDrawable } from "../data/confidence"
import { comparePeriods } from "../data/period"
import type { Dataset, Observation } from "../data/schema"

/**
 * Why a series is left out of a pair: it has no figure for a period, or only one known second-hand and not
 * yet verified (never compared, as on the rest of /compare).
 */
type PairGapReason = "not-published" | "unverified" | "no-common-country"

type PairGap = {
  seriesId: string
  missing: { period: string; reason: PairGapReason }[]
}

type PairSeries = { seriesId: string; comparisons: Comparison[] }

/** "2023 → 2024 for every series": the series that have both periods, by source, and those that do not. */
export type PairView = {
  from: string
  to: string
  /** Sources in dataset order, each with its series that have both periods, in dataset order. */
  sources: { sourceId: string; series: PairSeries[] }[]
  /** Every comparison, in the order the page shows them. */
  comparisons: Comparison[]
  /** The series without the pair, in dataset order, with the reason for each missing period. */
  gaps: PairGap[]
}

// The figures a pair compares: the main reading of each period, or each country's, never a variant or a
// category breakdown (as consecutivePairs in lib/analysis/compare.ts).
const rowsFor = (dataset: Dataset, seriesId: string, period: string): Observation[] =>
  dataset.observations.filter(
    (o) => o.seriesId === seriesId && o.period === period && !o.variant && !o.category,
  )

/** The periods some drawable main figure has, across the given series (every series by default), in order. */
export function comparablePeriods(dataset: Dataset, seriesIds?: readonly string[]): string[] {
  const ids = seriesIds ? new Set(seriesIds) : undefined
  const periods = dataset.observations
    .filter((o) => (!ids || ids.has(o.seriesId)) && isDrawable(o) && !o.category)
    .map((o) => o.period)
  return [...new Set(periods)].sort(comparePeriods)
}

/**
 * Every series of the dataset (or of one source) compared between the same two like periods, `from`
 * before `to`: each pair of main figures, per country where a series is by country. A series is in the
 * view when it has at least one such pair; otherwise it is a gap, with the reason for each missing period.
 * The caller checks the periods first (lib/url/compare-query.ts): compare() refuses unlike periods.
 */
export function pairView(dataset: Dataset, from: string, to: string, sourceId?: string): PairView {
  const series = dataset.series.filter((s) => !sourceId || s.sourceId === sourceId)
  const compared: PairSeries[] = []
  const gaps: PairGap[] = []
  for (const s of series) {
    const drawable = (period: string) => rowsFor(dataset, s.id, period).filter(isDrawable)
    const [a, b] = [drawable(from), drawable(to)]
    const comparisons = a.flatMap((x) => {
      const y = b.find((o) => o.country === x.country)
      return y ? [compare(dataset, x, y)] : []
    })
    if (comparisons.length > 0) {
      compared.push({ seriesId: s.id, comparisons })
      continue
    }
    const missing = [from, to].flatMap((period) => {
      if (drawable(period).length > 0) return []
      const reason: PairGapReason = rowsFor(dataset, s.id, period).length > 0 ? "unverified" : "not-published"
      return [{ period, reason }]
    })
    // A by-country series with both periods but no country in both.
    gaps.push({
      seriesId: s.id,
      missing:
        missing.length > 0
          ? missing
          : [
              { period: from, reason: "no-common-country" },
              { period: to, reason: "no-common-country" },
            ],
    })
  }
  const sources = dataset.sources
    .map((src) => ({
      sourceId: src.id,
      series: compared.filter((c) => dataset.series.find((s) => s.id === c.seriesId)!.sourceId === src.id),
    }))
    .filter((g) => g.series.length > 0)
  return {
    from,
    to,
    sources,
    comparisons: sources.flatMap((g) => g.series.flatMap((s) => s.comparisons)),
    gaps,
  }
}

/** The numbers the summary line states: how many series and comparisons a pair has, and how many series not. */
export function pairSummary(view: PairView): { series: number; comparisons: number; gaps: number } {
  return {
    series: view.sources.reduce((n, g) => n + g.series.length, 0),
    comparisons: view.comparisons.length,
    gaps: view.gaps.length,
  }
}

/** A gap's missing periods grouped by reason, in the order of the pair: one clause each on the page. */
export function gapReasons(gap: PairGap): { reason: PairGapReason; periods: string[] }[] {
  const groups: { reason: PairGapReason; periods: string[] }[] = []
  for (const m of gap.missing) {
    const group = groups.find((g) => g.reason === m.reason)
    if (group) group.periods.push(m.period)
    else groups.push({ reason: m.reason, periods: [m.period] })
  }
  return groups
}
