import type { ChartRef } from "../chart"
import { getDataset } from "../dataset"
import {
  badRequest,
  CACHE_CONTROL,
  cachedResponse,
  etagOf,
  PRIVATE_CACHE_CONTROL,
  withErrorHandling,
} from "../http"
import { publicOrigin } from "../public-origin"
import { isFigureId } from "../figures"
import { EXPORT_QUERY_SPEC, FIGURE_EXPORT_QUERY_SPEC, parseQuery } from "../query"
import type { Locale } from "../schema"
import type { ExportSize } from "./compose"
import { LruCache } from "./cache"
import { buildChartExport, type ExportFile, type ExportFormat } from "./figure-export"
import { figurePptxResponse } from "./pptx-handler"

/** A built file, with its UTF-8 bytes (encoded once, not on every response) and its ETag. */
type Built = ExportFile & { bytes: Uint8Array<ArrayBuffer>; etag: string }

/**
 * Built exports, by the exact arguments they were built from and the dataset version: a pure function's
 * memo, so the costliest endpoint is built once per deploy per normalised request instead of once per
 * request (an SVG, about 180 KB with its fonts, took about 15 ms to compose). The server still gzips
 * each response itself (about 20 ms for an SVG, mostly incompressible font data): a route handler
 * cannot send bytes it has encoded (Next drops its Content-Encoding header). Bounded: at most 512 files
 * and about 64 MB (strings counted at two bytes a character, plus their UTF-8), oldest first out. Off under `next dev`,
 * where the data can change without a new version.
 */
const built = new LruCache<Built>(512, 64 * 1024 * 1024, (f) => f.body.length * 2 + f.bytes.length)

function buildOnce(
  ref: ChartRef,
  locale: Locale,
  format: ExportFormat,
  o: { size?: ExportSize; scale?: "linear" | "log"; origin: string },
): Built | undefined {
  const key = JSON.stringify([
    getDataset().meta.version,
    ref.kind,
    ref.id,
    locale,
    format,
    o.size,
    o.scale,
    o.origin,
  ])
  const hit = built.get(key)
  if (hit) return hit
  const file = buildChartExport(ref, locale, format, o)
  if (!file) return undefined
  const entry = { ...file, bytes: new TextEncoder().encode(file.body), etag: etagOf(file.body) }
  if (process.env.NODE_ENV !== "development") built.set(key, entry)
  return entry
}

/**
 * GET …/export?format=svg|csv|json&lang=en|ar&size=standard|presentation&scale=linear|log, and for a
 * figure `format=pptx` (a one-slide PowerPoint file, lib/export/pptx-handler.ts).
 */
export function exportHandler(kind: ChartRef["kind"]) {
  return withErrorHandling(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const { id } = await params
    const spec = kind === "figure" ? FIGURE_EXPORT_QUERY_SPEC : EXPORT_QUERY_SPEC
    const query = parseQuery(new URL(request.url).searchParams, spec)
    if (!query.ok) return badRequest(query.error)
    const { format, lang, size, scale } = query.value
    if (!format) {
      const formats = kind === "figure" ? "svg, csv, json or pptx" : "svg, csv or json"
      return badRequest({ parameter: "format", error: `missing: use ${formats}` })
    }
    if (format[0] === "pptx") {
      // A slide is always 16:9 and draws the chart on the scale the figure chose.
      if (size) return badRequest({ parameter: "size", error: "does not apply to pptx (always 16:9)" })
      if (scale) return badRequest({ parameter: "scale", error: "does not apply to pptx" })
      if (!isFigureId(id))
        return badRequest({ parameter: "id", error: `unknown figure ${JSON.stringify(id.slice(0, 60))}` })
      return figurePptxResponse(request, getDataset(), id, (lang?.[0] ?? "en") as Locale)
    }
    // Never new URL(request.url).origin: under `next start` that is http://localhost:<port>.
    const where = publicOrigin(request.headers)
    const file = buildOnce({ kind, id }, (lang?.[0] ?? "en") as Locale, format[0] as ExportFormat, {
      size: size?.[0] as ExportSize | undefined,
      scale: scale?.[0] as "linear" | "log" | undefined,
      origin: where.origin,
    })
    if (!file)
      return badRequest({ parameter: "id", error: `unknown ${kind} ${JSON.stringify(id.slice(0, 60))}` })
    const headers: Record<string, string> = {
      "Content-Disposition": `attachment; filename="${file.filename}"`,
    }
    // A file that names the host this request came by must not be served to others from a shared cache.
    const private_ = where.fromRequest && where.origin !== "" && file.body.includes(where.origin)
    if (private_) headers["Vary"] = where.vary.join(", ")
    // An SVG is mostly its embedded fonts, base64 of already-compressed WOFF2: gzip saved a quarter of
    // its bytes and cost more server time than everything else the request does, on every request. So
    // SVGs are sent as they are (no-transform keeps the server's compression, and any proxy's, off);
    // CSV and JSON compress well and are left to it.
    const cacheControl = private_ ? PRIVATE_CACHE_CONTROL : CACHE_CONTROL
    headers["Cache-Control"] = format[0] === "svg" ? `${cacheControl}, no-transform` : cacheControl
    return cachedResponse(request, file.bytes, file.contentType, headers, file.etag)
  })
}
