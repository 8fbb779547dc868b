import { buildFigureSpec, type FigureSpec } from "./chart"
import { getDataset } from "./dataset"
import type { FigureId } from "./figures"
import { translatorFor } from "./i18n/translate"
import type { Locale } from "./schema"

const cache = new Map<string, FigureSpec>()

/** The chart-ready figure, as the API serves it and the server prefetches it (memoised: data is static). */
export function getFigureSpec(id: FigureId, locale: Locale): FigureSpec {
  const key = `${id}|${locale}`
  let spec = cache.get(key)
  if (!spec) {
    spec = buildFigureSpec(getDataset(), id, locale, translatorFor(locale, "chart"))
    cache.set(key, spec)
  }
  return spec
}
