import ExcelJS from "exceljs"

/** One cell as a spreadsheet program reads it: its value (a number, a Date, text or null) and format. */
export type ReadCell = { value: ExcelJS.CellValue; numFmt: string | undefined }
export type ReadSheet = { name: string; rightToLeft: boolean; header: string[]; rows: ReadCell[][] }

/** A workbook read back with exceljs: every sheet in order, with its header row and its body rows. */
export async function readXlsx(bytes: Uint8Array): Promise<ReadSheet[]> {
  const workbook = new ExcelJS.Workbook()
  const copy = new Uint8Array(bytes.byteLength)
  copy.set(bytes)
  await workbook.xlsx.load(copy.buffer)
  return workbook.worksheets.map((ws) => {
    const width = ws.columnCount
    const cells = (n: number) =>
      Array.from({ length: width }, (_, i) => {
        const cell = ws.getRow(n).getCell(i + 1)
        return { value: cell.value, numFmt: cell.numFmt }
      })
    return {
      name: ws.name,
      rightToLeft: ws.views.some((v) => v.rightToLeft),
      header: cells(1).map((c) => String(c.value)),
      rows: Array.from({ length: ws.rowCount - 1 }, (_, i) => cells(i + 2)),
    }
  })
}
