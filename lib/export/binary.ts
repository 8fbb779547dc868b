import { getDataset } from "../data/dataset"
import { CACHE_CONTROL, cachedResponse, etagOf, PRIVATE_CACHE_CONTROL } from "../http/responses"
import type { PublicOrigin } from "../http/public-origin"
import { LruCache } from "./cache"

/** A built binary file (a .pptx, .xlsx or .zip), with its ETag and the name it is saved under. */
export type BuiltFile = { bytes: Uint8Array<ArrayBuffer>; etag: string; filename: string }

/**
 * Built binary files, by dataset version and the normalised request, like the text exports
 * (handler.ts): each is built once per deploy and request, and a request that comes while the same file
 * is being built waits for that build rather than starting another. Bounded by count and bytes, oldest
 * out first. Off under `next dev`, where the data can change without a new version.
 */
export function binaryBuilder(maxEntries: number, maxBytes: number) {
  const built = new LruCache<BuiltFile>(maxEntries, maxBytes, (f) => f.bytes.length)
  const building = new Map<string, Promise<BuiltFile>>()
  return async function buildOnce(
    key: unknown[],
    filename: string,
    build: () => Promise<Uint8Array<ArrayBuffer>>,
  ): Promise<BuiltFile> {
    const k = JSON.stringify([getDataset().meta.version, ...key])
    const hit = built.get(k)
    if (hit) return hit
    const pending = building.get(k)
    if (pending) return pending
    const job = (async () => {
      const bytes = await build()
      const entry = { bytes, etag: etagOf(bytes), filename }
      if (process.env.NODE_ENV !== "development") built.set(k, entry)
      return entry
    })()
    building.set(k, job)
    try {
      return await job
    } finally {
      building.delete(k)
    }
  }
}

/** Bytes in a fresh ArrayBuffer of their own (a Node Buffer may be a view of a shared pool). */
export function ownBytes(buffer: ArrayBufferLike | Uint8Array): Uint8Array<ArrayBuffer> {
  const view = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer)
  const bytes = new Uint8Array(view.byteLength)
  bytes.set(view)
  return bytes
}

/**
 * A built binary file as a download. Every such file names the site's address; one taken from the
 * request's Host must not be stored by a shared cache for everyone (lib/http/public-origin.ts). These
 * formats are zips of already compressed parts: gzip would gain nothing and cost server time.
 */
export function binaryResponse(
  request: Request,
  file: BuiltFile,
  contentType: string,
  where: PublicOrigin,
): Response {
  const headers: Record<string, string> = {
    "Content-Disposition": `attachment; filename="${file.filename}"`,
  }
  const private_ = where.fromRequest && where.origin !== ""
  if (private_) headers["Vary"] = where.vary.join(", ")
  headers["Cache-Control"] = `${private_ ? PRIVATE_CACHE_CONTROL : CACHE_CONTROL}, no-transform`
  return cachedResponse(request, file.bytes, contentType, headers, file.etag)
}
