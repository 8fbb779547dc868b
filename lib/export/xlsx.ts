import ExcelJS from "exceljs"
import { toCsv } from "./csv"
import type { Locale } from "../data/schema"

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

/** A cell's value: text, a number (a number cell), an ISO date YYYY-MM-DD (a date cell), or empty. */
export type CellValue = string | number | { date: string } | undefined

/** One sheet: its columns (the CSV name of each, and its header in the file's language) and its rows. */
export type SheetModel = {
  name: string
  columns: readonly { key: string; header: string }[]
  rows: readonly (readonly CellValue[])[]
}

export type WorkbookModel = {
  locale: Locale
  title: string
  /** The dataset's date: the file's own created date, so the same data makes the same file. */
  date: string
  sheets: readonly SheetModel[]
}

/**
 * How a number is shown: thousands grouped, with exactly the decimals it has (4.1 shows "4.1", 4700
 * shows "4,700"), so the cell reads as the source wrote it while staying a number a formula can use.
 */
export function numberFormat(value: number): string {
  const decimals = /\.(\d+)$/.exec(String(value))?.[1]?.length ?? 0
  return decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`
}

const DATE_FORMAT = "yyyy-mm-dd"
const MAX_WIDTH = 60

/** A date at midnight UTC: exceljs turns a Date into a serial day number from its UTC time. */
const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`)

/**
 * A workbook as the bytes of an .xlsx file. Every sheet has its header row frozen and filterable; an
 * Arabic workbook's sheets run right to left (column A at the right), as Arabic readers expect.
 */
export async function writeWorkbook(model: WorkbookModel): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = model.title
  workbook.title = model.title
  workbook.created = utcDate(model.date)
  workbook.modified = utcDate(model.date)
  for (const sheet of model.sheets) {
    const ws = workbook.addWorksheet(sheet.name, {
      views: [{ state: "frozen", ySplit: 1, rightToLeft: model.locale === "ar" }],
    })
    ws.columns = sheet.columns.map((c, i) => ({
      key: c.key,
      header: c.header,
      // Wide enough for the header and the longest value, up to a limit past which the text wraps.
      width: Math.min(
        MAX_WIDTH,
        Math.max(
          c.header.length,
          ...sheet.rows.map((r) => {
            const v = r[i]
            return typeof v === "object" ? 10 : String(v ?? "").length
          }),
        ) + 2,
      ),
    }))
    ws.getRow(1).font = { bold: true }
    for (const values of sheet.rows) {
      const row = ws.addRow(
        values.map((v) => (v === undefined || v === "" ? null : typeof v === "object" ? utcDate(v.date) : v)),
      )
      values.forEach((v, i) => {
        const cell = row.getCell(i + 1)
        if (typeof v === "number") cell.numFmt = numberFormat(v)
        else if (typeof v === "object") cell.numFmt = DATE_FORMAT
        else if (typeof v === "string" && v.length > MAX_WIDTH)
          cell.alignment = { wrapText: true, vertical: "top" }
      })
    }
    if (sheet.columns.length > 0)
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } }
  }
  const buffer = await workbook.xlsx.writeBuffer()
  const bytes = new Uint8Array(buffer.byteLength)
  bytes.set(new Uint8Array(buffer as ArrayBuffer))
  return bytes
}

/**
 * A sheet as CSV (the full download's CSV files are its sheets): the CSV names as the header, numbers as
 * written, dates as YYYY-MM-DD. A byte-order mark, so that Excel opens the UTF-8 correctly.
 */
export function sheetToCsv(sheet: SheetModel): string {
  return `\uFEFF${toCsv(
    sheet.columns.map((c) => c.key),
    sheet.rows.map((r) => r.map((v) => (typeof v === "object" ? v.date : v))),
  )}`
}
