import { getDataset } from "@/lib/data/dataset"
import { badRequest, jsonResponse, withErrorHandling } from "@/lib/http/responses"
import { parseQuery, sourceParam } from "@/lib/http/api-query"

export const GET = withErrorHandling((request) => {
  const dataset = getDataset()
  const query = parseQuery(new URL(request.url).searchParams, { source: sourceParam(dataset) })
  if (!query.ok) return badRequest(query.error)
  const { source } = query.value
  const series = dataset.series.filter((s) => !source || source.includes(s.sourceId))
  return jsonResponse(request, { datasetVersion: dataset.meta.version, count: series.length, series })
})
