import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import ar from "@/messages/ar.json"
import en from "@/messages/en.json"
import { getChartContent } from "@/lib/charts/content"
import { getDataset } from "@/lib/data/dataset"
import { datasetWorkbookModel } from "@/lib/export/dataset-download"
import { FIGURE_CSV_COLUMNS } from "@/lib/export/figure-export"
import { buildFigureXlsx } from "@/lib/export/figure-xlsx"
import { writeWorkbook } from "@/lib/export/xlsx"
import { FIGURE_IDS } from "@/lib/charts/figure-defs"
import { readFodsTables, type FodsTable } from "./fods"
import { soffice } from "./outside-programs"

/**
 * The workbooks opened by a real spreadsheet: LibreOffice Calc, headless, reads each .xlsx and saves it
 * as flat ODF (.fods), whose cells say what type Calc gave them and whose sheets say which way they run.
 * scripts/test.sh installs Calc where it can (scripts/find-office.sh); elsewhere this test fails with
 * the command that installs it.
 */

const INSTALL = "sudo apt-get install -y --no-install-recommends libreoffice-calc"
const dataset = getDataset()
const origin = "https://dash.example.org"
const messages = { en, ar } as const
const LOCALES = ["en", "ar"] as const

const read: Record<string, FodsTable[]> = {}
let dir = ""

beforeAll(async () => {
  if (!soffice) return
  dir = mkdtempSync(path.join(tmpdir(), "xlsx-libreoffice-"))
  const inputs: string[] = []
  const write = (name: string, bytes: Uint8Array) => {
    const file = path.join(dir, `${name}.xlsx`)
    writeFileSync(file, bytes)
    inputs.push(file)
  }
  for (const locale of LOCALES) {
    for (const id of FIGURE_IDS)
      write(`${id}_${locale}`, (await buildFigureXlsx(dataset, id, locale, origin))!)
    write(`dataset_${locale}`, await writeWorkbook(datasetWorkbookModel(dataset, locale, origin)))
  }
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${path.join(dir, "profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "fods",
      "--outdir",
      dir,
      ...inputs,
    ],
    { stdio: "pipe", timeout: 240_000 },
  )
  for (const file of inputs) {
    const fods = file.replace(/\.xlsx$/, ".fods")
    if (existsSync(fods)) read[path.basename(file, ".xlsx")] = readFodsTables(readFileSync(fods, "utf8"))
  }
}, 300_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

function workbook(name: string): FodsTable[] {
  if (!soffice) throw new Error(`LibreOffice is not installed: run '${INSTALL}', then run the tests again.`)
  const tables = read[name]
  if (!tables) throw new Error(`LibreOffice did not open ${name}.xlsx (is Calc installed? run '${INSTALL}')`)
  return tables
}

/** Rows with anything in them (Calc writes the empty rest of a sheet as repeated empty rows). */
const filled = (t: FodsTable) => t.rows.filter((r) => r.some((c) => c.text !== ""))

describe.each(LOCALES)("a workbook opened by LibreOffice Calc (%s)", (locale) => {
  const mode = locale === "ar" ? "rl-tb" : "lr-tb"

  it.each(FIGURE_IDS)("%s: the sheets keep their names and direction, the values are numbers", (id) => {
    const tables = workbook(`${id}_${locale}`)
    const s = messages[locale].spreadsheet.sheet
    expect(tables.map((t) => t.name)).toEqual([s.data, s.caveats, s.citations, s.about])
    for (const t of tables) expect(t.writingMode, t.name).toBe(mode)
    const [header, ...rows] = filled(tables[0]!)
    // Calc writes the empty cells after the last column too: the header is the CSV's columns, then nothing.
    expect(header!.slice(FIGURE_CSV_COLUMNS.length).every((c) => c.text === "")).toBe(true)
    expect(header!.slice(0, FIGURE_CSV_COLUMNS.length).map((c) => c.text)).toEqual(
      FIGURE_CSV_COLUMNS.map((c) => messages[locale].spreadsheet.column[c]),
    )
    const observations = getChartContent(dataset, { kind: "figure", id }, locale)!.observations
    expect(rows).toHaveLength(observations.length)
    const [value, date] = ["value", "dataset_date"].map((c) =>
      FIGURE_CSV_COLUMNS.indexOf(c as (typeof FIGURE_CSV_COLUMNS)[number]),
    )
    rows.forEach((r, i) => {
      expect(r[value!]).toMatchObject({ type: "float", value: String(observations[i]!.value) })
      expect(r[date!]).toMatchObject({ type: "date", value: dataset.meta.updated })
    })
  })

  it("the full dataset's Observations sheet has every value as a number", () => {
    const tables = workbook(`dataset_${locale}`)
    const s = messages[locale].spreadsheet.sheet
    expect(tables.map((t) => t.name)).toEqual([s.observations, s.caveats, s.sources, s.citations, s.about])
    for (const t of tables) expect(t.writingMode, t.name).toBe(mode)
    const [header, ...rows] = filled(tables[0]!)
    const value = header!.findIndex((c) => c.text === messages[locale].spreadsheet.column.value)
    expect(rows).toHaveLength(dataset.observations.length)
    rows.forEach((r, i) =>
      expect(r[value]).toMatchObject({ type: "float", value: String(dataset.observations[i]!.value) }),
    )
    // Every primary citation's date read is a date cell.
    const citations = filled(tables[3]!)
    const readCol = citations[0]!.findIndex((c) => c.text === messages[locale].spreadsheet.column.read)
    const dates = citations.slice(1).filter((r) => r[readCol]?.text)
    expect(dates.length).toBeGreaterThan(0)
    for (const r of dates) expect(r[readCol]!.type).toBe("date")
  })
})
