import { getDataset } from "@/lib/data/dataset"
import { LruCache } from "@/lib/export/cache"
import { datasetFilename } from "@/lib/export/file-names"
import { badRequest, cachedResponse, etagOf, withErrorHandling } from "@/lib/http/responses"
import { filterObservations, observationsToCsv, toObservationRecord } from "@/lib/data/observations"
import { observationsQuerySpec, parseQuery } from "@/lib/http/api-query"
import { queryLocale } from "@/lib/i18n/locale"

type Built = { body: string; etag: string }

/**
 * Bodies by dataset version and normalised query: a pure function of both, and the CSV of every
 * observation took about 7 ms to build (132 rows, each with its caveats and dated citations), which at 50
 * connections held the route to about 66 requests/s. Bounded like the export cache; off under `next dev`.
 */
const built = new LruCache<Built>(256, 32 * 1024 * 1024, (b) => b.body.length * 2)

function once(key: string, build: () => string): Built {
  const hit = built.get(key)
  if (hit) return hit
  const body = build()
  const entry = { body, etag: etagOf(body) }
  if (process.env.NODE_ENV !== "development") built.set(key, entry)
  return entry
}

export const GET = withErrorHandling((request) => {
  const dataset = getDataset()
  const query = parseQuery(new URL(request.url).searchParams, observationsQuerySpec(dataset))
  if (!query.ok) return badRequest(query.error)
  const { series, source, period, country, format, lang } = query.value
  const locale = queryLocale(lang)
  const csv = format?.[0] === "csv"
  const key = JSON.stringify([dataset.meta.version, series, source, period, country, csv, csv && locale])
  const rows = () => filterObservations(dataset, { series, source, period, country })
  if (csv) {
    // A BOM so that spreadsheet software reads the UTF-8 (Arabic text, « », –) correctly.
    const { body, etag } = once(key, () => `\uFEFF${observationsToCsv(dataset, rows(), locale)}`)
    return cachedResponse(
      request,
      body,
      "text/csv; charset=utf-8",
      {
        "Content-Disposition": `attachment; filename="${datasetFilename("observations", locale, dataset.meta.version, "csv")}"`,
      },
      etag,
    )
  }
  const { body, etag } = once(key, () => {
    const r = rows()
    return JSON.stringify({
      datasetVersion: dataset.meta.version,
      count: r.length,
      observations: r.map((o) => toObservationRecord(dataset, o)),
    })
  })
  return cachedResponse(request, body, "application/json; charset=utf-8", {}, etag)
})
