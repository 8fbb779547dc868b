import { jsonError } from "@/lib/http/responses"

/** Any other path under /api: a JSON 404 (not the site's HTML page), pointing at the index. */
export function GET() {
  return jsonError(404, { parameter: "path", error: "no such API route: GET /api lists them" })
}
