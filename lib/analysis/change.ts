import { isDrawable } from "../data/confidence"
import type { Dataset, Observation } from "../data/schema"

/** The main reading of a figure (not a variant, not a country or category breakdown, not unverified). */
export function mainObservation(dataset: Dataset, seriesId: string, period: string): Observation | undefined {
  return dataset.observations.find(
    (o) => o.seriesId === seriesId && o.period === period && isDrawable(o) && !o.country && !o.category,
  )
}

export function percentChange(from: number, to: number): number | null {
  if (from === 0) return null
  return (to / from - 1) * 100
}
