import type { Dataset, Locale } from "../data/schema"
import type { FigureId } from "../charts/figure-defs"
import { publicOrigin } from "../http/public-origin"
import { binaryBuilder, binaryResponse } from "./binary"
import { buildFigureXlsx, figureXlsxFilename } from "./figure-xlsx"
import { XLSX_CONTENT_TYPE } from "./xlsx"

/**
 * Built figure workbooks, by dataset version, figure, language and the address they name (binary.ts).
 * One is about 20 KB and took about 30 ms to write: at most 64 files or 16 MB.
 */
const buildOnce = binaryBuilder(64, 16 * 1024 * 1024)

/** …/figures/{id}/export?format=xlsx: the figure's workbook (handler.ts sends it here). */
export async function figureXlsxResponse(
  request: Request,
  dataset: Dataset,
  id: FigureId,
  locale: Locale,
): Promise<Response> {
  const where = publicOrigin(request.headers)
  const file = await buildOnce(
    ["figure-xlsx", id, locale, where.origin],
    figureXlsxFilename(dataset, id, locale),
    async () => (await buildFigureXlsx(dataset, id, locale, where.origin))!,
  )
  return binaryResponse(request, file, XLSX_CONTENT_TYPE, where)
}
