import type { Observation } from "./schema"

/**
 * The one key of an observation: its series and period, then each dimension it sets, named, so that a
 * country and a category of the same name can never collide ("ncmec-cybertipline-reports|2023",
 * "iwf-hosting-share|2024|country=BG"). Data validation finds duplicates by it, the pages use it as the
 * React key and `data-observation-key`, and the spreadsheet's citation rows name their observation by it.
 * No imports but a type: the browser's code may use it without pulling in the dataset.
 */
export function observationKey(o: Observation): string {
  const dims = (["country", "category", "variant"] as const).flatMap((d) => (o[d] ? [`${d}=${o[d]}`] : []))
  return [o.seriesId, o.period, ...dims].join("|")
}
