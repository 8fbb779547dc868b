import type { ChartRef } from "../chart"
import { badRequest, cachedResponse, PRIVATE_CACHE_CONTROL, withErrorHandling } from "../http"
import { publicOrigin } from "../public-origin"
import { EXPORT_QUERY_SPEC, parseQuery } from "../query"
import type { Locale } from "../schema"
import type { ExportSize } from "./compose"
import { buildChartExport, type ExportFormat } from "./figure-export"

/** GET …/export?format=svg|csv|json&lang=en|ar&size=standard|presentation&scale=linear|log */
export function exportHandler(kind: ChartRef["kind"]) {
  return withErrorHandling(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const { id } = await params
    const query = parseQuery(new URL(request.url).searchParams, EXPORT_QUERY_SPEC)
    if (!query.ok) return badRequest(query.error)
    const { format, lang, size, scale } = query.value
    if (!format) return badRequest({ parameter: "format", error: "missing: use svg, csv or json" })
    // Never new URL(request.url).origin: under `next start` that is http://localhost:<port>.
    const where = publicOrigin(request.headers)
    const file = buildChartExport({ kind, id }, (lang?.[0] ?? "en") as Locale, format[0] as ExportFormat, {
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
    if (where.fromRequest && where.origin !== "" && file.body.includes(where.origin)) {
      headers["Cache-Control"] = PRIVATE_CACHE_CONTROL
      headers["Vary"] = where.vary.join(", ")
    }
    return cachedResponse(request, file.body, file.contentType, headers)
  })
}
