import { createHash } from "node:crypto"
import type { QueryError } from "./api-query"

// The dataset changes only with a deploy, so responses may be cached; the ETag lets clients revalidate cheaply.
export const CACHE_CONTROL = "public, max-age=300, s-maxage=86400, stale-while-revalidate=604800"
/** For a response only its requester may store: a browser cache, but no CDN or shared proxy. */
export const PRIVATE_CACHE_CONTROL = "private, max-age=300"

/**
 * A weak validator. The server compresses a response after the route has answered (gzip for clients
 * that ask), keeping the route's headers, so one tag goes out on both the gzip and the plain bytes. A
 * strong tag promises byte-for-byte identity, which a different content coding breaks (RFC 9110
 * 8.8.3); a weak one promises only the same content, which holds. If-None-Match compares weakly anyway.
 */
export function etagOf(body: string | Uint8Array): string {
  return `W/"${createHash("sha1").update(body).digest("base64url")}"`
}

/** Whether an If-None-Match header matches a tag, by weak comparison (RFC 9110 13.1.2): "*" matches any. */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  const opaque = (t: string) => t.trim().replace(/^W\//, "")
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((t) => opaque(t) === opaque(etag))
}

export function cachedResponse(
  request: Request,
  body: string | Uint8Array<ArrayBuffer>,
  contentType: string,
  extra: HeadersInit = {},
  etag: string = etagOf(body),
): Response {
  const headers = new Headers(extra)
  headers.set("Content-Type", contentType)
  // A caller may narrow who may store the response (a file that names the request's own host).
  if (!headers.has("Cache-Control")) headers.set("Cache-Control", CACHE_CONTROL)
  headers.set("ETag", etag)
  headers.set("X-Content-Type-Options", "nosniff")
  if (matchesEtag(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers })
  }
  return new Response(body, { status: 200, headers })
}

export function jsonResponse(request: Request, data: unknown): Response {
  return cachedResponse(request, JSON.stringify(data), "application/json; charset=utf-8")
}

/** An API error: JSON naming what was wrong, never cached. */
export function jsonError(status: number, error: QueryError, extra: HeadersInit = {}): Response {
  const headers = new Headers(extra)
  headers.set("Content-Type", "application/json; charset=utf-8")
  headers.set("Cache-Control", "no-store")
  headers.set("X-Content-Type-Options", "nosniff")
  return new Response(JSON.stringify(error), { status, headers })
}

export function badRequest(error: QueryError): Response {
  return jsonError(400, error)
}

/** Every API route answers GET (and so HEAD) and OPTIONS, nothing else. */
export const API_METHODS = ["GET", "HEAD", "OPTIONS"] as const

export function methodNotAllowed(method: string): Response {
  return jsonError(
    405,
    { parameter: "method", error: `method ${JSON.stringify(method.slice(0, 20))} not allowed: use GET` },
    { Allow: API_METHODS.join(", ") },
  )
}

/** Any unexpected failure becomes a plain JSON error: no stack trace or file path reaches a response. */
export function withErrorHandling<C>(
  handler: (request: Request, context: C) => Response | Promise<Response>,
): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, context)
    } catch (error) {
      console.error(error)
      return new Response(JSON.stringify({ error: "internal error" }), {
        status: 500,
        headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
      })
    }
  }
}
