import { observationTier } from "@/lib/data/confidence"
import { getDataset } from "@/lib/data/dataset"
import { figureObservations } from "@/lib/charts/series-content"
import { getChartSpec } from "@/lib/charts/served-spec"
import { toObservationRecord } from "@/lib/data/observations"
import { FIGURE_IDS, isFigureId } from "@/lib/charts/figure-defs"
import { badRequest, jsonResponse, withErrorHandling } from "@/lib/http/responses"
import { CHART_QUERY_SPEC, parseQuery } from "@/lib/http/api-query"
import { queryLocale } from "@/lib/i18n/locale"

export const GET = withErrorHandling(async (request, { params }: RouteContext<"/api/figures/[id]">) => {
  const { id } = await params
  if (!isFigureId(id)) {
    return badRequest({
      parameter: "id",
      error: `unknown figure ${JSON.stringify(id.slice(0, 60))}: use ${FIGURE_IDS.join(", ")}`,
    })
  }
  const query = parseQuery(new URL(request.url).searchParams, CHART_QUERY_SPEC)
  if (!query.ok) return badRequest(query.error)
  const locale = queryLocale(query.value.lang)
  // Figures reported only by low-confidence sources are not in the chart; they are listed beside it.
  const dataset = getDataset()
  const unverified = figureObservations(dataset, id)
    .filter((o) => observationTier(o) === "unverified")
    .map((o) => toObservationRecord(dataset, o))
  return jsonResponse(request, { ...getChartSpec({ kind: "figure", id }, locale)!, unverified })
})
