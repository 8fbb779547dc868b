import bridges from "@/data/bridges.json"
import caveats from "@/data/caveats.json"
import context from "@/data/context.json"
import figures from "@/data/figures.json"
import accce from "@/data/observations/accce.json"
import meta from "@/data/dataset.json"
import events from "@/data/events.json"
import childlight from "@/data/observations/childlight.json"
import inhope from "@/data/observations/inhope.json"
import iwf from "@/data/observations/iwf.json"
import ncmec from "@/data/observations/ncmec.json"
import series from "@/data/series.json"
import sources from "@/data/sources.json"
import { DATA_FILES, OBSERVATION_FILES } from "./files"
import type { Dataset } from "./schema"
import { formatIssue, validateDataset, type RawDataset } from "./validate"

// Keyed by the same names as OBSERVATION_FILES; a test checks the two lists agree.
const observationData: Record<(typeof OBSERVATION_FILES)[number], unknown> = {
  "observations/ncmec.json": ncmec,
  "observations/inhope.json": inhope,
  "observations/iwf.json": iwf,
  "observations/childlight.json": childlight,
  "observations/accce.json": accce,
}

export const bundledRawDataset: RawDataset = {
  meta: { file: `data/${DATA_FILES.meta}`, data: meta },
  sources: { file: `data/${DATA_FILES.sources}`, data: sources },
  series: { file: `data/${DATA_FILES.series}`, data: series },
  caveats: { file: `data/${DATA_FILES.caveats}`, data: caveats },
  events: { file: `data/${DATA_FILES.events}`, data: events },
  context: { file: `data/${DATA_FILES.context}`, data: context },
  figures: { file: `data/${DATA_FILES.figures}`, data: figures },
  bridges: { file: `data/${DATA_FILES.bridges}`, data: bridges },
  observations: OBSERVATION_FILES.map((f) => ({ file: `data/${f}`, data: observationData[f] })),
}

let cached: Dataset | undefined

/** The validated dataset. Invalid data throws with every problem listed, so it can never be served. */
export function getDataset(): Dataset {
  if (cached) return cached
  const result = validateDataset(bundledRawDataset)
  if (!result.ok) {
    throw new Error(`The dataset is invalid:\n${result.issues.map(formatIssue).join("\n")}`)
  }
  cached = result.dataset
  return cached
}
