import { formatNumber } from "./format"
import type { Dataset, Observation } from "./schema"

const find = (d: Dataset, seriesId: string, period: string) =>
  d.observations.find(
    (o) => o.seriesId === seriesId && o.period === period && !o.variant && !o.country && !o.category,
  )

/**
 * INHOPE's total without the one hotline that drove the 2024 rise (SafeNet Bulgaria): a derived view,
 * computed here and never stored, with its arithmetic and the citations of both figures it uses.
 */
export function inhopeWithoutSafenet(dataset: Dataset): Observation[] {
  const out: Observation[] = []
  for (const safenet of dataset.observations.filter(
    (o) => o.seriesId === "inhope-safenet-bulgaria-reports",
  )) {
    const total = find(dataset, "inhope-reports", safenet.period)
    if (!total) continue
    const value = total.value - safenet.value
    out.push({
      seriesId: "inhope-reports",
      period: safenet.period,
      variant: "without-safenet-bulgaria",
      value,
      status: "implied",
      qualifier: "about",
      arithmetic: {
        en: `${formatNumber(total.value, "en")} INHOPE reports − about ${formatNumber(safenet.value, "en")} from SafeNet Bulgaria = about ${formatNumber(value, "en")}.`,
        ar: `${formatNumber(total.value, "ar")} بلاغًا لدى INHOPE − نحو ${formatNumber(safenet.value, "ar")} من SafeNet Bulgaria = نحو ${formatNumber(value, "ar")}.`,
      },
      citations: [...total.citations, ...safenet.citations],
    })
  }
  return out
}
