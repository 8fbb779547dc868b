import { caveatApplies } from "@/lib/data/caveats"
import { getDataset } from "@/lib/data/dataset"
import { badRequest, jsonResponse, withErrorHandling } from "@/lib/http/responses"
import { parseQuery, seriesParam } from "@/lib/http/api-query"

export const GET = withErrorHandling((request) => {
  const dataset = getDataset()
  const query = parseQuery(new URL(request.url).searchParams, { series: seriesParam(dataset) })
  if (!query.ok) return badRequest(query.error)
  const { series } = query.value
  const caveats = dataset.caveats.filter((c) => !series || series.some((id) => caveatApplies(c, id)))
  return jsonResponse(request, { datasetVersion: dataset.meta.version, count: caveats.length, caveats })
})
