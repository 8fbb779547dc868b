import type { Dataset, Locale } from "../schema"
import { getDataset } from "../dataset"
import type { FigureId } from "../figures"
import { FIGURE_IDS } from "../figures"
import {
  badRequest,
  CACHE_CONTROL,
  cachedResponse,
  etagOf,
  PRIVATE_CACHE_CONTROL,
  withErrorHandling,
} from "../http"
import { talkYears } from "../figure-year"
import { publicOrigin } from "../public-origin"
import { BRIEFING_PPTX_QUERY_SPEC, parseQuery } from "../query"
import { LruCache } from "./cache"
import {
  buildDeckModel,
  buildFigureDeckModel,
  PPTX_CONTENT_TYPE,
  pptxFilename,
  writeDeck,
  type DeckModel,
} from "./pptx"

type Built = { bytes: Uint8Array<ArrayBuffer>; etag: string; filename: string }

/**
 * Built PowerPoint files, by dataset version and the normalised request (deck or figure, language,
 * figures in order, the address they name), like the other exports (handler.ts). A deck of every
 * figure takes about a second to draw and write (seven chart pictures at 2×) and is about 1.1 MB, so
 * it is built once per deploy and request, and a request that comes while the same file is being built
 * waits for that build rather than starting another. At most 64 files or 128 MB. Off under `next dev`,
 * where the data can change without a new version.
 */
const built = new LruCache<Built>(64, 128 * 1024 * 1024, (f) => f.bytes.length)
const building = new Map<string, Promise<Built>>()

async function buildOnce(key: unknown[], filename: string, model: () => DeckModel): Promise<Built> {
  const k = JSON.stringify([getDataset().meta.version, ...key])
  const hit = built.get(k)
  if (hit) return hit
  const pending = building.get(k)
  if (pending) return pending
  const job = (async () => {
    const buffer = await writeDeck(model())
    const bytes = new Uint8Array(buffer.byteLength)
    bytes.set(buffer)
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

function respond(request: Request, file: Built, where: ReturnType<typeof publicOrigin>): Response {
  const headers: Record<string, string> = {
    "Content-Disposition": `attachment; filename="${file.filename}"`,
  }
  // Every slide names the deck's address; one taken from the request's Host must not be stored by a
  // shared cache for everyone (lib/public-origin.ts).
  const private_ = where.fromRequest && where.origin !== ""
  if (private_) headers["Vary"] = where.vary.join(", ")
  // A .pptx is a zip of PNGs and compressed XML: gzip would gain nothing and cost server time.
  headers["Cache-Control"] = `${private_ ? PRIVATE_CACHE_CONTROL : CACHE_CONTROL}, no-transform`
  return cachedResponse(request, file.bytes, PPTX_CONTENT_TYPE, headers, file.etag)
}

/** GET /api/briefing/pptx?lang=en|ar&figures=a,b: the whole deck as PowerPoint. */
export const briefingPptxHandler = withErrorHandling(async (request: Request) => {
  const query = parseQuery(new URL(request.url).searchParams, BRIEFING_PPTX_QUERY_SPEC)
  if (!query.ok) return badRequest(query.error)
  const locale = (query.value.lang?.[0] ?? "en") as Locale
  // The deck's own order and set, as /briefing?figures= builds them: repeats count once.
  const ids = [...new Set(query.value.figures ?? [])] as FigureId[]
  const figures = ids.length > 0 ? ids : [...FIGURE_IDS]
  const where = publicOrigin(request.headers)
  const dataset = getDataset()
  // The year a talk is about, as the deck builder offers it: a year no figure can compare in is a bad
  // request here (the HTML deck says so on its title slide instead).
  const yearText = query.value.year?.[0]
  const years = talkYears(dataset)
  const year = yearText === undefined ? undefined : Number(yearText)
  if (year !== undefined && !years.includes(year))
    return badRequest({
      parameter: "year",
      error: `no figure has a change to compare in ${yearText}: use one of ${years.join(", ")}`,
    })
  const file = await buildOnce(
    ["deck", locale, figures, year, where.origin],
    pptxFilename({ deck: true }, locale, dataset, year),
    () => buildDeckModel(dataset, locale, figures, [], where.origin, year),
  )
  return respond(request, file, where)
})

/** …/figures/{id}/export?format=pptx: one figure as a one-slide deck (handler.ts sends it here). */
export async function figurePptxResponse(
  request: Request,
  dataset: Dataset,
  id: FigureId,
  locale: Locale,
): Promise<Response> {
  const where = publicOrigin(request.headers)
  const file = await buildOnce(
    ["figure", locale, id, where.origin],
    pptxFilename({ figure: id }, locale, dataset),
    () => buildFigureDeckModel(dataset, locale, id, where.origin),
  )
  return respond(request, file, where)
}
