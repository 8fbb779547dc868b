// The data files, in one list shared by the loader (bundled imports) and `npm run data:check` (disk).
export const DATA_FILES = {
  meta: "dataset.json",
  sources: "sources.json",
  series: "series.json",
  caveats: "caveats.json",
  events: "events.json",
  context: "context.json",
  figures: "figures.json",
  bridges: "bridges.json",
} as const

export const OBSERVATION_FILES = [
  "observations/ncmec.json",
  "observations/inhope.json",
  "observations/iwf.json",
  "observations/childlight.json",
  "observations/accce.json",
] as const
