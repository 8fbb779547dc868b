import type { Caveat, CaveatKind, Dataset, Observation } from "./schema"

export function caveatApplies(caveat: Caveat, seriesId: string, period?: string): boolean {
  const { seriesIds, periods } = caveat.appliesTo
  if (seriesIds !== "all" && !seriesIds.includes(seriesId)) return false
  if (!periods || period === undefined) return true
  return periods.includes(period)
}

/** Caveats that hold for one observation, in dataset order (the general ones first). */
export function caveatsForObservation(dataset: Dataset, o: Observation): Caveat[] {
  return dataset.caveats.filter((c) => caveatApplies(c, o.seriesId, o.period))
}

/** Caveats that hold for any observation of a series: what a chart of that series must say. */
export function caveatsForSeries(dataset: Dataset, seriesId: string): Caveat[] {
  const periods = new Set(dataset.observations.filter((o) => o.seriesId === seriesId).map((o) => o.period))
  return dataset.caveats.filter((c) => {
    if (c.appliesTo.seriesIds !== "all" && !c.appliesTo.seriesIds.includes(seriesId)) return false
    return !c.appliesTo.periods || c.appliesTo.periods.some((p) => periods.has(p))
  })
}

/** True for the caveats that hold for every series: shown once per page, not repeated per figure. */
export function isGeneralCaveat(c: Caveat): boolean {
  return c.appliesTo.seriesIds === "all" && !c.appliesTo.periods
}

// What moved the numbers first, then what limits them, then notes on the data itself.
const KIND_ORDER: CaveatKind[] = [
  "method-change",
  "technology-change",
  "detection-change",
  "legal-change",
  "one-off-contributor",
  "partial-period",
  "data-quality",
  "coverage",
  "definition",
  "revision",
  "interpretation",
]

export function byKind(a: Caveat, b: Caveat): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)
}

/**
 * True where a method change lies between two periods of a series (it holds for one and not the other):
 * the two figures count different things, so a comparison says "not comparable" and a chart does not
 * join them with a line.
 */
export function methodChangeBetween(dataset: Dataset, seriesId: string, a: string, b: string): boolean {
  return dataset.caveats.some(
    (c) => c.kind === "method-change" && caveatApplies(c, seriesId, a) !== caveatApplies(c, seriesId, b),
  )
}
