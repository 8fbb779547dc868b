import type { Dataset, Locale } from "../data/schema"
import { getDataset } from "../data/dataset"
import type { FigureId } from "../charts/figure-defs"
import { FIGURE_IDS } from "../charts/figure-defs"
import { badRequest, withErrorHandling } from "../http/responses"
import { talkYears } from "../analysis/figure-year"
import { publicOrigin } from "../http/public-origin"
import { BRIEFING_PPTX_QUERY_SPEC, parseQuery } from "../http/api-query"
import { binaryBuilder, binaryResponse, ownBytes, type BuiltFile } from "./binary"
import {
  buildDeckModel,
  buildFigureDeckModel,
  PPTX_CONTENT_TYPE,
  pptxFilename,
  writeDeck,
  type DeckModel,
} from "./pptx"
import { queryLocale } from "../i18n/locale"

/**
 * Built PowerPoint files, by dataset version and the normalised request (deck or figure, language,
 * figures in order, the address they name), like the other exports (handler.ts). A deck of every
 * figure takes about a second to draw and write (seven chart pictures at 2×) and is about 1.1 MB, so
 * it is built once per deploy and request (lib/export/binary.ts). At most 64 files or 128 MB.
 */
const buildOnce = binaryBuilder(64, 128 * 1024 * 1024)

const deckBytes = (model: () => DeckModel) => async () => ownBytes(await writeDeck(model()))

function respond(request: Request, file: BuiltFile, where: ReturnType<typeof publicOrigin>): Response {
  return binaryResponse(request, file, PPTX_CONTENT_TYPE, where)
}

/** GET /api/briefing/pptx?lang=en|ar&figures=a,b: the whole deck as PowerPoint. */
export const briefingPptxHandler = withErrorHandling(async (request: Request) => {
  const query = parseQuery(new URL(request.url).searchParams, BRIEFING_PPTX_QUERY_SPEC)
  if (!query.ok) return badRequest(query.error)
  const locale = queryLocale(query.value.lang)
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
    deckBytes(() => buildDeckModel(dataset, locale, figures, [], where.origin, year)),
  )
  return respond(request, file, where)
})

/** …/figures/{id}/export?format=pptx: one figure (and its bridge) as a deck (handler.ts sends it here). */
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
    deckBytes(() => buildFigureDeckModel(dataset, locale, id, where.origin)),
  )
  return respond(request, file, where)
}
