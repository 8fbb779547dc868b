import { getDataset } from "@/lib/data/dataset"
import { badRequest, jsonResponse, withErrorHandling } from "@/lib/http/responses"
import { parseQuery, seriesParam } from "@/lib/http/api-query"

export const GET = withErrorHandling((request) => {
  const dataset = getDataset()
  const query = parseQuery(new URL(request.url).searchParams, { series: seriesParam(dataset) })
  if (!query.ok) return badRequest(query.error)
  const { series } = query.value
  const events = dataset.events.filter((e) => !series || e.seriesIds.some((id) => series.includes(id)))
  return jsonResponse(request, { datasetVersion: dataset.meta.version, count: events.length, events })
})
