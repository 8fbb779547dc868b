import { buildFigureSpec, buildSeriesSpec, type ChartRef, type FigureSpec } from "./spec"
import { getDataset } from "../data/dataset"
import { isFigureId } from "./figure-defs"
import { translatorFor } from "../i18n/translate"
import type { Locale } from "../data/schema"

const cache = new Map<string, FigureSpec>()

/** The chart-ready spec, as the API serves it and the server prefetches it (memoised: the data is static). */
export function getChartSpec(ref: ChartRef, locale: Locale): FigureSpec | undefined {
  const key = `${ref.kind}|${ref.id}|${locale}`
  const cached = cache.get(key)
  if (cached) return cached
  const dataset = getDataset()
  const t = translatorFor(locale, "chart")
  let spec: FigureSpec | undefined
  if (ref.kind === "figure" && isFigureId(ref.id)) spec = buildFigureSpec(dataset, ref.id, locale, t)
  if (ref.kind === "series" && dataset.series.some((s) => s.id === ref.id))
    spec = buildSeriesSpec(dataset, ref.id, locale, t)
  if (spec) cache.set(key, spec)
  return spec
}
