import { getDataset } from "@/lib/data/dataset"
import { FIGURE_IDS } from "@/lib/charts/figure-defs"

/** Every page of the product, in English; the Arabic edition is the same paths under /ar. */
export const PAGES = [
  "/",
  "/compare",
  "/sources",
  ...getDataset().sources.map((s) => `/sources/${s.id}`),
  ...FIGURE_IDS.map((id) => `/figures/${id}`),
  "/briefing",
  ...FIGURE_IDS.map((id) => `/embed/${id}`),
  "/accessibility",
  "/glossary",
  "/changelog",
]

export const arabic = (path: string) => (path === "/" ? "/ar" : `/ar${path}`)
