import { getDataset } from "@/lib/data/dataset"
import { getChartSpec } from "@/lib/charts/served-spec"
import { badRequest, jsonResponse, withErrorHandling } from "@/lib/http/responses"
import { CHART_QUERY_SPEC, parseQuery } from "@/lib/http/api-query"
import { queryLocale } from "@/lib/i18n/locale"

export const GET = withErrorHandling(async (request, { params }: RouteContext<"/api/series/[id]/chart">) => {
  const { id } = await params
  if (!getDataset().series.some((s) => s.id === id))
    return badRequest({ parameter: "id", error: `unknown series ${JSON.stringify(id.slice(0, 60))}` })
  const query = parseQuery(new URL(request.url).searchParams, CHART_QUERY_SPEC)
  if (!query.ok) return badRequest(query.error)
  const locale = queryLocale(query.value.lang)
  return jsonResponse(request, getChartSpec({ kind: "series", id }, locale))
})
