import { observationTier } from "@/lib/confidence"
import { getDataset } from "@/lib/dataset"
import { figureObservations } from "@/lib/figure-content"
import { getChartSpec } from "@/lib/figure-spec"
import { toObservationRecord } from "@/lib/observations"
import { FIGURE_IDS, isFigureId } from "@/lib/figures"
import { badRequest, jsonResponse, withErrorHandling } from "@/lib/http"
import { CHART_QUERY_SPEC, parseQuery } from "@/lib/query"
import type { Locale } from "@/lib/schema"

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
  const locale = (query.value.lang?.[0] ?? "en") as Locale
  // Figures reported only by low-confidence sources are not in the chart; they are listed beside it.
  const dataset = getDataset()
  const unverified = figureObservations(dataset, id)
    .filter((o) => observationTier(o) === "unverified")
    .map((o) => toObservationRecord(dataset, o))
  return jsonResponse(request, { ...getChartSpec({ kind: "figure", id }, locale)!, unverified })
})
