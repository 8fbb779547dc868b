import { mainObservation } from "./change"
import { formatNumber } from "./format"
import type { Caveat, Dataset, Observation } from "./schema"

/**
 * A total without a one-off contributor (a caveat with an `adjustment`): a derived view, computed here
 * and never stored, with its arithmetic and the citations of both figures it uses.
 */
export function withoutContributor(
  dataset: Dataset,
  caveat: Caveat,
  total: Observation,
): Observation | undefined {
  const adjustment = caveat.adjustment
  if (!adjustment || adjustment.fromSeries !== total.seriesId) return undefined
  const part = mainObservation(dataset, adjustment.subtractSeries, total.period)
  if (!part) return undefined
  const value = total.value - part.value
  const name = dataset.series.find((s) => s.id === adjustment.subtractSeries)!.title
  return {
    seriesId: total.seriesId,
    period: total.period,
    variant: `without-${adjustment.subtractSeries}`,
    value,
    status: "implied",
    qualifier: "about",
    arithmetic: {
      en: `${formatNumber(total.value, "en")} − about ${formatNumber(part.value, "en")} (${name.en}) = about ${formatNumber(value, "en")}.`,
      ar: `${formatNumber(total.value, "ar")} − نحو ${formatNumber(part.value, "ar")} (${name.ar}) = نحو ${formatNumber(value, "ar")}.`,
    },
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
