import { queryOptions } from "@tanstack/react-query"
import type { ApiError } from "./api-error"

// Where the browser reads the API itself, it reads it through TanStack Query, one queryOptions per query.
// Everything a page shows arrives with its HTML (charts, tables, sentences: the server renders them from
// the dataset), so the browser reads the API only for what the reader asks for after the page has loaded:
// an exported figure's SVG, which the browser turns into a PNG to download or copy. The dataset changes
// only with a deploy, so a file once read stays good for the session: a PNG download and then a copy of
// the same figure at the same size read the SVG once.

/** A refused request, with the API's own reason (the parameter and what is wrong with it). */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError | null,
  ) {
    super(body ? `${status}: ${body.parameter}: ${body.error}` : `HTTP ${status}`)
  }
}

/** An API error's body, checked against its schema; null when it is not one (a proxy's own page). */
async function errorBody(res: Response): Promise<ApiError | null> {
  const { apiErrorSchema } = await import("./api-error")
  const parsed = apiErrorSchema.safeParse(await res.json().catch(() => null))
  return parsed.success ? parsed.data : null
}

/** A figure's or series' exported SVG (`/api/…/export?format=svg&…`), as text. */
export function exportSvgQuery(url: string) {
  return queryOptions({
    queryKey: ["export-svg", url] as const,
    queryFn: async ({ signal }): Promise<string> => {
      const res = await fetch(url, { signal })
      if (!res.ok) throw new ApiRequestError(res.status, await errorBody(res))
      return res.text()
    },
    staleTime: Infinity,
    // A refused request is the same on a retry: say so at once.
    retry: false,
  })
}
