import { queryOptions } from "@tanstack/react-query"
import type { ChartRef, FigureSpec } from "../charts/spec"
import type { Locale } from "../data/schema"

export function chartApiPath(ref: ChartRef, locale: Locale): string {
  const base = ref.kind === "figure" ? `/api/figures/${ref.id}` : `/api/series/${ref.id}/chart`
  return `${base}?lang=${locale}`
}

// One queryOptions per query, shared by the server prefetch (which supplies the data from lib directly)
// and every client caller (which would fetch it from the API). The dataset only changes with a deploy,
// so hydrated data never goes stale in a session.
export function chartQueryOptions({ kind, id }: ChartRef, locale: Locale) {
  return queryOptions({
    queryKey: ["chart", kind, id, locale] as const,
    queryFn: async ({ signal }): Promise<FigureSpec> => {
      const path = chartApiPath({ kind, id }, locale)
      const res = await fetch(path, { signal })
      if (!res.ok) throw new Error(`GET ${path}: ${res.status}`)
      return (await res.json()) as FigureSpec
    },
    staleTime: Infinity,
    gcTime: Infinity,
  })
}
