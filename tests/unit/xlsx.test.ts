import { describe, expect, it } from "vitest"
import ar from "@/messages/ar.json"
import en from "@/messages/en.json"
import { caveatsForObservation } from "@/lib/data/caveats"
import { getChartContent } from "@/lib/charts/content"
import { getDataset } from "@/lib/data/dataset"
import { buildChartExport, FIGURE_CSV_COLUMNS } from "@/lib/export/figure-export"
import { buildFigureXlsx } from "@/lib/export/figure-xlsx"
import { exportHandler } from "@/lib/export/handler"
import { numberFormat, XLSX_CONTENT_TYPE } from "@/lib/export/xlsx"
import { FIGURE_IDS } from "@/lib/charts/figure-defs"
import type { Citation, Locale } from "@/lib/data/schema"
import { parseCsv } from "./csv-file"
import { readXlsx, type ReadSheet } from "./xlsx-file"

const dataset = getDataset()
const origin = "https://dash.example.org"
const messages = { en, ar } as const
const LOCALES = ["en", "ar"] as const

const sheetNames = (locale: Locale) => {
  const s = messages[locale].spreadsheet.sheet
  return [s.data, s.caveats, s.citations, s.about]
}

const workbooks = new Map<string, ReadSheet[]>()
async function workbook(id: (typeof FIGURE_IDS)[number], locale: Locale) {
  const key = `${id}_${locale}`
  if (!workbooks.has(key))
    workbooks.set(key, await readXlsx((await buildFigureXlsx(dataset, id, locale, origin))!))
  return workbooks.get(key)!
}

const dateOf = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)

describe.each(LOCALES)("a figure's workbook (%s)", (locale) => {
  it.each(FIGURE_IDS)(
    "%s: has the Data, Caveats, Citations and About sheets, named in the language",
    async (id) => {
      const sheets = await workbook(id, locale)
      expect(sheets.map((s) => s.name)).toEqual(sheetNames(locale))
      // An Arabic workbook runs right to left on every sheet; an English one left to right.
      for (const s of sheets) expect(s.rightToLeft, s.name).toBe(locale === "ar")
    },
  )

  it.each(FIGURE_IDS)("%s: Data has the CSV's rows and columns, values as number cells", async (id) => {
    const [data] = await workbook(id, locale)
    const csv = parseCsv(buildChartExport({ kind: "figure", id }, locale, "csv", { origin })!.body.slice(1))
    const [header, ...csvRows] = csv
    expect(header).toEqual([...FIGURE_CSV_COLUMNS])
    expect(data!.header).toEqual(FIGURE_CSV_COLUMNS.map((c) => messages[locale].spreadsheet.column[c]))
    expect(data!.rows).toHaveLength(csvRows.length)
    const observations = getChartContent(dataset, { kind: "figure", id }, locale)!.observations
    const col = (name: string) => FIGURE_CSV_COLUMNS.indexOf(name as (typeof FIGURE_CSV_COLUMNS)[number])
    data!.rows.forEach((row, i) => {
      const o = observations[i]!
      // The value is a number cell equal to the dataset's value, shown with its own decimals.
      for (const name of ["value", "value_any_locale"]) {
        const cell = row[col(name)]!
        expect(typeof cell.value, `${id} row ${i} ${name}`).toBe("number")
        expect(cell.value).toBe(o.value)
        expect(cell.numFmt).toBe(numberFormat(o.value))
      }
      for (const [name, v] of [
        ["range_low", o.range?.low],
        ["range_high", o.range?.high],
      ] as const)
        expect(row[col(name)]!.value).toBe(v ?? null)
      // Every other cell holds the CSV's text (the date as a date cell of the same day).
      row.forEach((cell, j) => {
        const name = FIGURE_CSV_COLUMNS[j]!
        if (["value", "value_any_locale", "range_low", "range_high"].includes(name)) return
        expect(String(dateOf(cell.value) ?? ""), `${id} row ${i} ${name}`).toBe(csvRows[i]![j])
      })
      expect(row[col("dataset_date")]!.value).toBeInstanceOf(Date)
      expect(row[col("url")]!.value).toBe(`${origin}${locale === "ar" ? "/ar" : ""}/figures/${id}`)
    })
  })

  it.each(FIGURE_IDS)(
    "%s: Caveats has every caveat a row names, with its title and full text",
    async (id) => {
      const [, caveats] = await workbook(id, locale)
      const observations = getChartContent(dataset, { kind: "figure", id }, locale)!.observations
      const named = new Set(observations.flatMap((o) => caveatsForObservation(dataset, o).map((c) => c.id)))
      const ids = caveats!.rows.map((r) => r[0]!.value)
      expect(new Set(ids).size).toBe(ids.length)
      for (const c of named) expect(ids).toContain(c)
      for (const row of caveats!.rows) {
        const c = dataset.caveats.find((x) => x.id === row[0]!.value)!
        expect(row.map((x) => x.value)).toEqual(
          expect.arrayContaining([c.id, c.kind, c.title[locale], c.text[locale]]),
        )
      }
    },
  )

  it.each(FIGURE_IDS)("%s: Citations lists every citation of its rows and caveats", async (id) => {
    const [, caveats, citations] = await workbook(id, locale)
    const observations = getChartContent(dataset, { kind: "figure", id }, locale)!.observations
    const caveatCitations = caveats!.rows.flatMap(
      (r) => dataset.caveats.find((c) => c.id === r[0]!.value)!.citations,
    )
    const all: Citation[] = [...observations.flatMap((o) => o.citations), ...caveatCitations]
    expect(citations!.rows).toHaveLength(all.length)
    const h = (key: keyof typeof en.spreadsheet.column) =>
      citations!.header.indexOf(messages[locale].spreadsheet.column[key])
    all.forEach((c, i) => {
      const row = citations!.rows[i]!
      expect(row[h("quote")]!.value).toBe(c.quote)
      if (c.kind === "primary") {
        expect(row[h("url")]!.value).toBe(c.url)
        expect(row[h("source")]!.value).toBe(c.publisher[locale])
        expect(row[h("confidence")]!.value).toBe(messages[locale].figurePage.level[c.confidence])
        // The date read is a date cell of that day.
        expect(dateOf(row[h("read")]!.value)).toBe(c.read)
      } else {
        expect(row[h("url")]!.value).toBe(dataset.meta.seed.url)
        expect(String(row[h("locator")]!.value)).toContain(String(c.seedLine))
      }
    })
  })

  it("About gives the figure's address and the dataset's version and date", async () => {
    const about = (await workbook("inhope", locale)).at(-1)!
    const a = messages[locale].spreadsheet.about
    const value = (label: string) => about.rows.find((r) => r[0]!.value === label)?.[1]!.value
    expect(value(a.address)).toBe(`${origin}${locale === "ar" ? "/ar" : ""}/figures/inhope`)
    expect(value(a.datasetVersion)).toBe(dataset.meta.version)
    expect(dateOf(value(a.datasetDate))).toBe(dataset.meta.updated)
    expect(value(a.notPrevalence)).toBe(messages[locale].explainer.intro)
  })
})

describe("a number cell's format", () => {
  it.each([
    [4700, "#,##0"],
    [4.1, "#,##0.0"],
    [8.79, "#,##0.00"],
    [0, "#,##0"],
  ])("%d is shown with %s", (value, format) => expect(numberFormat(value)).toBe(format))
})

describe("GET /api/figures/{id}/export?format=xlsx", () => {
  const handler = exportHandler("figure")
  const get = (id: string, query: string) =>
    handler(new Request(`http://localhost:3000/api/figures/${id}/export?${query}`), {
      params: Promise.resolve({ id }),
    })

  it.each(LOCALES)("sends the workbook in %s, typed and named as the figure's other files", async (lang) => {
    const res = await get("genai", `format=xlsx&lang=${lang}`)
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe(XLSX_CONTENT_TYPE)
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="genai_${lang}_${dataset.meta.version}.xlsx"`,
    )
    expect(res.headers.get("etag")).toMatch(/^W\//)
    expect(res.headers.get("cache-control")).toMatch(/no-transform$/)
    const sheets = await readXlsx(new Uint8Array(await res.arrayBuffer()))
    expect(sheets.map((s) => s.name)).toEqual(sheetNames(lang))
  })

  it.each([
    ["genai", "format=xlsx&part=bridge", "format"],
    ["genai", "format=xlsx&size=presentation", "size"],
    ["genai", "format=xlsx&scale=log", "scale"],
    ["genai", "format=xlsx&lang=fr", "lang"],
    ["no-such-figure", "format=xlsx", "id"],
  ])("%s?%s is a 400 naming %s", async (id, query, parameter) => {
    const res = await get(id, query)
    expect(res.status).toBe(400)
    expect((await res.json()).parameter).toBe(parameter)
  })

  it("is not made for a series (its exports are svg, csv and json)", async () => {
    const res = await exportHandler("series")(
      new Request("http://localhost:3000/api/series/iwf-reports-assessed/export?format=xlsx"),
      { params: Promise.resolve({ id: "iwf-reports-assessed" }) },
    )
    expect(res.status).toBe(400)
    expect((await res.json()).parameter).toBe("format")
  })
})
