import type { ChartRef } from "../charts/spec"
import { getDataset } from "../data/dataset"
import {
  badRequest,
  CACHE_CONTROL,
  cachedResponse,
  etagOf,
  PRIVATE_CACHE_CONTROL,
  withErrorHandling,
} from "../http/responses"
import { publicOrigin, type PublicOrigin } from "../http/public-origin"
import { isFigureId } from "../charts/figure-defs"
import { EXPORT_QUERY_SPEC, FIGURE_EXPORT_QUERY_SPEC, parseQuery } from "../http/api-query"
import type { Locale } from "../data/schema"
import type { ExportSize } from "./compose"
import { buildBridgeExport, figureBridge } from "./bridge-export"
import { LruCache } from "./cache"
import { buildChartExport, type ExportFile, type ExportFormat } from "./figure-export"
import { figurePptxResponse } from "./pptx-handler"
import { figureXlsxResponse } from "./xlsx-handler"
import { queryLocale } from "../i18n/locale"

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
 * A figure's change bridge as a file, built once per normalised request like the charts: the size only
 * matters to an SVG, so a CSV or JSON asked for at either size is the same entry.
 */
function buildBridgeOnce(
  id: string,
  locale: Locale,
  format: ExportFormat,
  o: { size?: ExportSize; origin: string },
): Built | undefined {
  const size = format === "svg" ? (o.size ?? "standard") : undefined
  const key = JSON.stringify([getDataset().meta.version, "bridge", id, locale, format, size, o.origin])
  const hit = built.get(key)
  if (hit) return hit
  const file = buildBridgeExport(getDataset(), id, locale, format, { size, origin: o.origin })
  if (!file) return undefined
  const entry = { ...file, bytes: new TextEncoder().encode(file.body), etag: etagOf(file.body) }
  if (process.env.NODE_ENV !== "development") built.set(key, entry)
  return entry
}

/** A built file as the response, cached as what it names allows (see below). */
function fileResponse(request: Request, file: Built, format: ExportFormat, where: PublicOrigin): Response {
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
  headers["Cache-Control"] = format === "svg" ? `${cacheControl}, no-transform` : cacheControl
  return cachedResponse(request, file.bytes, file.contentType, headers, file.etag)
}

/**
 * GET …/export?format=svg|csv|json&lang=en|ar&size=standard|presentation&scale=linear|log, and for a
 * figure `format=pptx` (a one-slide PowerPoint file, lib/export/pptx-handler.ts), `format=xlsx` (a
 * workbook of its data, caveats and citations, lib/export/xlsx-handler.ts) and `part=bridge`
 * (its change bridge on its own, as SVG, CSV or JSON: lib/export/bridge-export.ts).
 */
export function exportHandler(kind: ChartRef["kind"]) {
  return withErrorHandling(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const { id } = await params
    const spec = kind === "figure" ? FIGURE_EXPORT_QUERY_SPEC : EXPORT_QUERY_SPEC
    const query = parseQuery(new URL(request.url).searchParams, spec)
    if (!query.ok) return badRequest(query.error)
    const { format, lang, size, scale } = query.value
    // Only a figure's spec has `part`: a series' exports reject it as an unknown parameter above.
    const part = (query.value as { part?: string[] }).part?.[0]
    if (!format) {
      const formats =
        part === "bridge"
          ? "svg, csv or json"
          : kind === "figure"
            ? "svg, csv, json, pptx or xlsx"
            : "svg, csv or json"
      return badRequest({ parameter: "format", error: `missing: use ${formats}` })
    }
    if (part === "bridge") {
      // A slide already is the figure's (its bridge is drawn on the page and exported here as a file).
      if (format[0] === "pptx")
        return badRequest({ parameter: "part", error: "does not apply to pptx: use format=svg, csv or json" })
      // A bridge's few columns are in its CSV and JSON; it has no workbook of its own.
      if (format[0] === "xlsx")
        return badRequest({
          parameter: "format",
          error: "xlsx is not made for part=bridge: use format=svg, csv or json, or part=chart",
        })
      // A bridge is drawn from zero on a linear scale: its steps are differences, which a log scale cannot show.
      if (scale)
        return badRequest({ parameter: "scale", error: "does not apply to a bridge (always linear)" })
      if (!isFigureId(id))
        return badRequest({ parameter: "id", error: `unknown figure ${JSON.stringify(id.slice(0, 60))}` })
      const withBridge = [...new Set(getDataset().bridges.map((b) => b.figure))]
      if (!figureBridge(getDataset(), id))
        return badRequest({
          parameter: "part",
          error: `figure ${JSON.stringify(id)} has no change bridge: use part=chart (figures with one: ${withBridge.join(", ")})`,
        })
      const where = publicOrigin(request.headers)
      const file = buildBridgeOnce(id, queryLocale(lang), format[0] as ExportFormat, {
        size: size?.[0] as ExportSize | undefined,
        origin: where.origin,
      })!
      return fileResponse(request, file, format[0] as ExportFormat, where)
    }
    if (format[0] === "pptx") {
      // A slide is always 16:9 and draws the chart on the scale the figure chose.
      if (size) return badRequest({ parameter: "size", error: "does not apply to pptx (always 16:9)" })
      if (scale) return badRequest({ parameter: "scale", error: "does not apply to pptx" })
      if (!isFigureId(id))
        return badRequest({ parameter: "id", error: `unknown figure ${JSON.stringify(id.slice(0, 60))}` })
      return figurePptxResponse(request, getDataset(), id, queryLocale(lang))
    }
    if (format[0] === "xlsx") {
      // A workbook is cells, not a picture: it has no size or scale.
      if (size) return badRequest({ parameter: "size", error: "does not apply to xlsx" })
      if (scale) return badRequest({ parameter: "scale", error: "does not apply to xlsx" })
      if (!isFigureId(id))
        return badRequest({ parameter: "id", error: `unknown figure ${JSON.stringify(id.slice(0, 60))}` })
      return figureXlsxResponse(request, getDataset(), id, queryLocale(lang))
    }
    // Never new URL(request.url).origin: under `next start` that is http://localhost:<port>.
    const where = publicOrigin(request.headers)
    const file = buildOnce({ kind, id }, queryLocale(lang), format[0] as ExportFormat, {
      size: size?.[0] as ExportSize | undefined,
      scale: scale?.[0] as "linear" | "log" | undefined,
      origin: where.origin,
    })
    if (!file)
      return badRequest({ parameter: "id", error: `unknown ${kind} ${JSON.stringify(id.slice(0, 60))}` })
    return fileResponse(request, file, format[0] as ExportFormat, where)
  })
}
