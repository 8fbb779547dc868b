import { getDataset } from "@/lib/dataset"
import { badRequest, jsonResponse, withErrorHandling } from "@/lib/http"
import { parseQuery } from "@/lib/query"

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
