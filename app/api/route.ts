import { getDataset } from "@/lib/data/dataset"
import { badRequest, jsonResponse, withErrorHandling } from "@/lib/http/responses"
import { API_ROUTES } from "@/lib/http/api-routes"
import { parseQuery } from "@/lib/http/api-query"

/** GET /api: what the API offers, so the bare prefix is a useful answer rather than an error. */
export const GET = withErrorHandling((request) => {
  const query = parseQuery(new URL(request.url).searchParams, {})
  if (!query.ok) return badRequest(query.error)
  return jsonResponse(request, { datasetVersion: getDataset().meta.version, routes: API_ROUTES })
})
