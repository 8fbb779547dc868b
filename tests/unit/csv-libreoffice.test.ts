import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { getDataset } from "@/lib/data/dataset"
import { buildChartExport } from "@/lib/export/figure-export"
import { FIGURE_IDS } from "@/lib/charts/figure-defs"
import { observationsToCsv } from "@/lib/data/observations"
import { readFods, type Cell } from "./fods"
import { soffice } from "./outside-programs"

/**
 * The CSV files imported by a real spreadsheet: LibreOffice Calc, headless, reads each file as UTF-8,
 * comma-separated, with the number rules of one locale (the filter's 6th token: 1033 en-US, 1031
 * de-DE, 1036 fr-FR, 1025 ar-SA), and saves it as flat ODF (.fods), whose cells say what type Calc gave
 * them (office:value-type). scripts/test.sh installs Calc where it can (scripts/find-office.sh);
 * elsewhere this test fails with the command that installs it.
 */

const INSTALL = "sudo apt-get install -y --no-install-recommends libreoffice-calc"
const LOCALES = { "en-US": 1033, "de-DE": 1031, "fr-FR": 1036, "ar-SA": 1025 } as const
type SheetLocale = keyof typeof LOCALES

const dataset = getDataset()
const origin = "https://dash.example.org"
const files: Record<string, string> = {
  // As GET /api/observations?format=csv sends it: every observation, the decimals among them.
  observations: `\uFEFF${observationsToCsv(dataset, dataset.observations)}`,
}
for (const id of FIGURE_IDS)
  for (const locale of ["en", "ar"] as const)
    files[`${id}_${locale}`] = buildChartExport({ kind: "figure", id }, locale, "csv", { origin })!.body

const sheets: Partial<Record<SheetLocale, Record<string, Cell[][]>>> = {}
let dir = ""

beforeAll(() => {
  if (!soffice) return
  dir = mkdtempSync(path.join(tmpdir(), "csv-libreoffice-"))
  const inputs = Object.entries(files).map(([name, body]) => {
    const file = path.join(dir, `${name}.csv`)
    writeFileSync(file, body)
    return file
  })
  for (const [locale, lcid] of Object.entries(LOCALES) as [SheetLocale, number][]) {
    const out = path.join(dir, locale)
    mkdirSync(out)
    // Comma, double quote, UTF-8 (76), from line 1, no column types given, the locale's number rules.
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--norestore",
        `--infilter=CSV:44,34,76,1,,${lcid}`,
        "--convert-to",
        "fods",
        "--outdir",
        out,
        ...inputs,
      ],
      { stdio: "pipe", timeout: 240_000 },
    )
    const read: Record<string, Cell[][]> = {}
    for (const name of Object.keys(files)) {
      const fods = path.join(out, `${name}.fods`)
      if (existsSync(fods)) read[name] = readFods(readFileSync(fods, "utf8"))
    }
    sheets[locale] = read
  }
}, 600_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

function sheet(locale: SheetLocale, name: string): Cell[][] {
  if (!soffice) throw new Error(`LibreOffice is not installed: run '${INSTALL}', then run the tests again.`)
  const s = sheets[locale]?.[name]
  if (!s)
    throw new Error(
      `LibreOffice did not import ${name}.csv (is Calc installed? run '${INSTALL}'), then run the tests again.`,
    )
  return s
}

const column = (rows: Cell[][], name: string) => {
  const i = rows[0]!.findIndex((c) => c.text === name)
  if (i < 0) throw new Error(`no column ${name}`)
  return i
}

/** The row of one observation, by its series, period and variant as the file gives them. */
function rowOf(rows: Cell[][], series: string, period: string, variant = ""): Cell[] {
  const [s, p, v] = [column(rows, "series_id"), column(rows, "period"), column(rows, "variant")]
  const row = rows.find(
    (r) => r[s]?.text === series && (r[p]?.value ?? r[p]?.text) === period && (r[v]?.text ?? "") === variant,
  )
  if (!row) throw new Error(`no row ${series} ${period} ${variant}`)
  return row
}

// The decimal values in data/observations (ncmec.json, inhope.json), written out here rather than read
// through the code under test.
const DECIMALS = [
  ["ncmec-unknown-location-share", "2022", "", "4.1"],
  ["ncmec-unknown-location-share", "2023", "", "3.8"],
  ["inhope-forum-share", "2023", "", "8.79"],
  ["inhope-victims-girls-share", "2024", "gta-2025-reading", "98.7"],
] as const

describe.each(Object.keys(LOCALES) as SheetLocale[])(
  "CSV imported by LibreOffice Calc with %s settings",
  (locale) => {
    it("reads every value_any_locale cell as the number, the decimals included", () => {
      const rows = sheet(locale, "observations")
      const i = column(rows, "value_any_locale")
      for (const [series, period, variant, value] of DECIMALS) {
        const cell = rowOf(rows, series, period, variant)[i]!
        expect(cell.type, `${series} ${period}`).toBe("float")
        expect(cell.value).toBe(value)
      }
      // Every observation, not only the decimals: a number equal to the plain `value` as written.
      const plain = column(rows, "value")
      const body = rows.slice(1).filter((r) => r.some((c) => c.text !== ""))
      expect(body).toHaveLength(dataset.observations.length)
      for (const r of body) {
        expect(r[i]!.type).toBe("float")
        expect(Number(r[i]!.value)).toBe(Number(r[plain]!.value ?? r[plain]!.text))
      }
    })

    it("keeps each figure file one table: its header first, its version, date and address in every row", () => {
      for (const id of FIGURE_IDS)
        for (const lang of ["en", "ar"] as const) {
          const rows = sheet(locale, `${id}_${lang}`).filter((r) => r.some((c) => c.text !== ""))
          expect(rows[0]![0]!.text).toBe("chart_id")
          const [v, d, u, n] = ["dataset_version", "dataset_date", "url", "value_any_locale"].map((c) =>
            column(rows, c),
          )
          for (const r of rows.slice(1)) {
            expect(r[0]!.text).toBe(id)
            // "v1.4.0", kept as text: a bare "1.4.0" became the date 4 January 2000 with German and French
            // settings (measured here).
            expect(r[v!]!).toMatchObject({ type: "string", text: `v${dataset.meta.version}` })
            // An ISO date, which Calc reads as that date in every one of these locales.
            expect(r[d!]!).toMatchObject({ type: "date", value: dataset.meta.updated })
            expect(r[u!]!.text).toBe(`${origin}${lang === "ar" ? "/ar" : ""}/figures/${id}`)
            expect(r[n!]!.type).toBe("float")
          }
        }
    })
  },
)

describe("why value_any_locale exists", () => {
  it("is needed: Calc with German or French settings keeps a plain 4.1 as text", () => {
    const rows = sheet("de-DE", "observations")
    const i = column(rows, "value")
    for (const locale of ["de-DE", "fr-FR"] as const) {
      const r = sheet(locale, "observations")
      expect(rowOf(r, "ncmec-unknown-location-share", "2022")[i]!.type).toBe("string")
    }
    expect(rowOf(sheet("en-US", "observations"), "ncmec-unknown-location-share", "2022")[i]!.type).toBe(
      "float",
    )
    expect(rows.length).toBeGreaterThan(1)
  })
})
