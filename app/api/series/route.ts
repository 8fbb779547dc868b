import { getDataset } from "@/lib/dataset"
import { badRequest, jsonResponse, withErrorHandling } from "@/lib/http"
import { oneOf, parseQuery } from "@/lib/query"

export const GET = withErrorHandling((request) => {
  const dataset = getDataset()
  const query = parseQuery(new URL(request.url).searchParams, {
    source: {
      parse: oneOf(
        dataset.sources.map((s) => s.id),
        "source",
      ),
    },
  })
  if (!query.ok) return badRequest(query.error)
  const { source } = query.value
  const series = dataset.series.filter((s) => !source || source.includes(s.sourceId))
  return jsonResponse(request, { datasetVersion: dataset.meta.version, count: series.length, series })
})
