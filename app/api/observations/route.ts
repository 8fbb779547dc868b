import { getDataset } from "@/lib/dataset"
import { badRequest, cachedResponse, jsonResponse, withErrorHandling } from "@/lib/http"
import { filterObservations, observationsToCsv, toObservationRecord } from "@/lib/observations"
import { observationsQuerySpec, parseQuery } from "@/lib/query"
import type { Locale } from "@/lib/schema"

export const GET = withErrorHandling((request) => {
  const dataset = getDataset()
  const query = parseQuery(new URL(request.url).searchParams, observationsQuerySpec(dataset))
  if (!query.ok) return badRequest(query.error)
  const { series, source, period, country, format, lang } = query.value
  const rows = filterObservations(dataset, { series, source, period, country })
  const locale = (lang?.[0] ?? "en") as Locale
  if (format?.[0] === "csv") {
    // A BOM so that spreadsheet software reads the UTF-8 (Arabic text, « », –) correctly.
    return cachedResponse(
      request,
      `\uFEFF${observationsToCsv(dataset, rows, locale)}`,
      "text/csv; charset=utf-8",
      {
        "Content-Disposition": `attachment; filename="observations_${locale}_${dataset.meta.version}.csv"`,
      },
    )
  }
  return jsonResponse(request, {
    datasetVersion: dataset.meta.version,
    count: rows.length,
    observations: rows.map((o) => toObservationRecord(dataset, o)),
  })
})
