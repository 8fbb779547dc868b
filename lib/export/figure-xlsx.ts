import { getChartContent } from "../charts/content"
import type { Dataset, Locale } from "../data/schema"
import type { FigureId } from "../charts/figure-defs"
import { translatorFor } from "../i18n/translate"
import { exportFilename } from "./file-names"
import { fileCaveats, FIGURE_CSV_COLUMNS, figureRows } from "./figure-export"
import { aboutSheet, caveatsSheet, citationsSheet, citedOf, sheetOf } from "./sheets"
import { writeWorkbook, type CellValue, type WorkbookModel } from "./xlsx"

/**
 * A figure as a workbook: its Data sheet has the rows and columns of the figure's CSV (numbers as
 * number cells, the dataset date as a date cell), then every caveat those rows name with its full text,
 * every citation of the rows and caveats one to a row, and an About sheet with the figure's address and
 * the dataset's version and date. `value_any_locale` is the value again: in a workbook a number cell
 * is a number in every locale, and the column is kept so that the sheet and the CSV match.
 */
function figureWorkbookModel(
  dataset: Dataset,
  id: FigureId,
  locale: Locale,
  origin: string,
): WorkbookModel | undefined {
  const content = getChartContent(dataset, { kind: "figure", id }, locale)
  if (!content) return undefined
  const t = translatorFor(locale, "spreadsheet")
  const url = `${origin}${content.pagePath}`
  const rows = figureRows(dataset, { kind: "figure", id }, locale, content)
  const data = sheetOf(
    t("sheet.data"),
    FIGURE_CSV_COLUMNS,
    rows.map((r): Partial<Record<(typeof FIGURE_CSV_COLUMNS)[number], CellValue>> => ({
      ...r,
      value_any_locale: r.value,
      // "v1.4.0", as in the CSV: the same text in both files.
      dataset_version: `v${dataset.meta.version}`,
      dataset_date: { date: dataset.meta.updated },
      url,
    })),
    locale,
  )
  const caveats = fileCaveats(content, dataset.caveats, rows)
  const sheets = [
    data,
    caveatsSheet(caveats, locale),
    citationsSheet(citedOf(content.observations, caveats), dataset, locale),
  ]
  return {
    locale,
    title: content.title,
    date: dataset.meta.updated,
    sheets: [
      ...sheets,
      aboutSheet(
        locale,
        {
          title: content.title,
          address: url,
          dataset,
          sources: translatorFor(locale, "export")("sources", { sources: content.sourceLine }),
        },
        sheets,
      ),
    ],
  }
}

/** The figure's workbook as a file's bytes. */
export async function buildFigureXlsx(dataset: Dataset, id: FigureId, locale: Locale, origin: string) {
  const model = figureWorkbookModel(dataset, id, locale, origin)
  return model ? writeWorkbook(model) : undefined
}

/** The name it is saved under, as the figure's other exports are named (`<id>_<locale>_<version>.xlsx`). */
export function figureXlsxFilename(dataset: Dataset, id: FigureId, locale: Locale): string {
  return exportFilename(getChartContent(dataset, { kind: "figure", id }, locale)!.fileStem, "xlsx")
}
