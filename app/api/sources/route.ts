import { getDataset } from "@/lib/data/dataset"
import { badRequest, jsonResponse, withErrorHandling } from "@/lib/http/responses"
import { parseQuery } from "@/lib/http/api-query"

export const GET = withErrorHandling((request) => {
  const dataset = getDataset()
  const query = parseQuery(new URL(request.url).searchParams, {})
  if (!query.ok) return badRequest(query.error)
  return jsonResponse(request, {
    datasetVersion: dataset.meta.version,
    count: dataset.sources.length,
    sources: dataset.sources,
  })
})
