import { queryOptions } from "@tanstack/react-query"
import type { FigureSpec } from "./chart"
import type { FigureId } from "./figures"
import type { Locale } from "./schema"

// One queryOptions per query, shared by the server prefetch (which supplies the data from lib directly)
// and every client caller (which would fetch it from the API). The dataset only changes with a deploy,
// so hydrated data never goes stale in a session.
export function figureQueryOptions(id: FigureId, locale: Locale) {
  return queryOptions({
    queryKey: ["figure", id, locale] as const,
    queryFn: async ({ signal }): Promise<FigureSpec> => {
      const res = await fetch(`/api/figures/${id}?lang=${locale}`, { signal })
      if (!res.ok) throw new Error(`GET /api/figures/${id}: ${res.status}`)
      return (await res.json()) as FigureSpec
    },
    staleTime: Infinity,
    gcTime: Infinity,
  })
}
