import JSZip from "jszip"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import ar from "@/messages/ar.json"
import en from "@/messages/en.json"
import { caveatsForObservation } from "@/lib/data/caveats"
import { getDataset } from "@/lib/data/dataset"
import { buildDatasetZip, datasetDownloadHandler, ZIP_CONTENT_TYPE } from "@/lib/export/dataset-download"
import { numberFormat } from "@/lib/export/xlsx"
import { OBSERVATION_CSV_COLUMNS } from "@/lib/data/observations"
import type { Locale } from "@/lib/data/schema"
import { parseCsv } from "./csv-file"
import { readXlsx } from "./xlsx-file"

const dataset = getDataset()
const version = dataset.meta.version
const origin = "https://dash.example.org"
const messages = { en, ar } as const
const LOCALES = ["en", "ar"] as const

async function unzip(locale: Locale) {
  const zip = await JSZip.loadAsync(await buildDatasetZip(dataset, locale, origin))
  const text = async (name: string) => (await zip.file(name)!.async("string")).replace(/^\uFEFF/, "")
  return { zip, text, bytes: (name: string) => zip.file(name)!.async("uint8array") }
}

describe.each(LOCALES)("the full-dataset download (%s)", (locale) => {
  it("holds the observations as CSV and as a workbook, caveats, sources, citations and a README", async () => {
    const { zip } = await unzip(locale)
    expect(Object.keys(zip.files).sort()).toEqual(
      [
        "README.txt",
        `caveats_${locale}_${version}.csv`,
        `citations_${locale}_${version}.csv`,
        `observations_${locale}_${version}.csv`,
        `observations_${locale}_${version}.xlsx`,
        `sources_${locale}_${version}.csv`,
      ].sort(),
    )
  })

  it("the observations CSV has every observation, its caveats' titles beside their ids", async () => {
    const { text } = await unzip(locale)
    const [header, ...rows] = parseCsv(await text(`observations_${locale}_${version}.csv`))
    expect(header).toEqual([...OBSERVATION_CSV_COLUMNS])
    expect(rows).toHaveLength(dataset.observations.length)
    const [ids, titles] = [header!.indexOf("caveat_ids"), header!.indexOf("caveat_titles")]
    expect(titles).toBe(ids + 1)
    rows.forEach((r, i) => {
      const caveats = caveatsForObservation(dataset, dataset.observations[i]!)
      expect(r[ids]).toBe(caveats.map((c) => c.id).join(";"))
      expect(r[titles]).toBe(caveats.map((c) => c.title[locale]).join(" | "))
    })
  })

  it("the caveats and sources CSV files are complete, with the sources' addresses", async () => {
    const { text } = await unzip(locale)
    const [ch, ...caveats] = parseCsv(await text(`caveats_${locale}_${version}.csv`))
    expect(caveats.map((r) => r[ch!.indexOf("id")])).toEqual(dataset.caveats.map((c) => c.id))
    expect(caveats.map((r) => r[ch!.indexOf("text")])).toEqual(dataset.caveats.map((c) => c.text[locale]))
    const [sh, ...sources] = parseCsv(await text(`sources_${locale}_${version}.csv`))
    expect(sources.map((r) => [r[sh!.indexOf("id")], r[sh!.indexOf("url")]])).toEqual(
      dataset.sources.map((s) => [s.id, s.url]),
    )
    const [, ...citations] = parseCsv(await text(`citations_${locale}_${version}.csv`))
    const count =
      dataset.observations.reduce((n, o) => n + o.citations.length, 0) +
      dataset.caveats.reduce((n, c) => n + c.citations.length, 0)
    expect(citations).toHaveLength(count)
  })

  it("the README says what the files are, what a report means, the statuses and why counts are not prevalence", async () => {
    const { text } = await unzip(locale)
    const readme = await text("README.txt")
    const r = messages[locale].download.readme
    expect(readme).toContain(r.notPrevalence)
    expect(readme).toContain(`${origin}${locale === "ar" ? "/ar" : "/"}`)
    expect(readme).toContain(version)
    expect(readme).toContain(dataset.meta.updated)
    for (const file of ["observations", "caveats", "sources", "citations"])
      expect(readme).toContain(`${file}_${locale}_${version}.csv`)
    expect(readme).toContain(`observations_${locale}_${version}.xlsx`)
    for (const s of dataset.sources) expect(readme).toContain(`${s.name[locale]}: ${s.unitMeaning[locale]}`)
    for (const status of ["reported", "approximate", "implied", "preliminary"] as const)
      expect(readme).toContain(r[status])
    // In the download's language: the Arabic README has no English heading of the English one.
    if (locale === "ar") expect(readme).not.toContain(en.download.readme.filesHeading)
    // Every Arabic line runs right to left, even one that begins with a file name.
    if (locale === "ar")
      for (const line of readme.split("\r\n").filter(Boolean))
        expect(line.startsWith("\u200F"), line).toBe(true)
  })

  it("the workbook has Observations, Caveats, Sources and Citations sheets, numbers as number cells", async () => {
    const { bytes } = await unzip(locale)
    const sheets = await readXlsx(await bytes(`observations_${locale}_${version}.xlsx`))
    const s = messages[locale].spreadsheet.sheet
    expect(sheets.map((x) => x.name)).toEqual([s.observations, s.caveats, s.sources, s.citations, s.about])
    for (const x of sheets) expect(x.rightToLeft).toBe(locale === "ar")
    const [observations, caveats, sources] = sheets
    const value = OBSERVATION_CSV_COLUMNS.indexOf("value")
    expect(observations!.rows).toHaveLength(dataset.observations.length)
    observations!.rows.forEach((row, i) => {
      expect(row[value]!.value).toBe(dataset.observations[i]!.value)
      expect(row[value]!.numFmt).toBe(numberFormat(dataset.observations[i]!.value))
    })
    expect(caveats!.rows.map((r) => r[0]!.value)).toEqual(dataset.caveats.map((c) => c.id))
    expect(sources!.rows.map((r) => r[0]!.value)).toEqual(dataset.sources.map((x) => x.id))
  })
})

describe("GET /api/dataset/download", () => {
  const saved = process.env.SITE_URL
  beforeEach(() => {
    process.env.SITE_URL = origin
  })
  afterEach(() => {
    if (saved === undefined) delete process.env.SITE_URL
    else process.env.SITE_URL = saved
  })
  const get = (query: string) =>
    datasetDownloadHandler(new Request(`http://localhost:3000/api/dataset/download?${query}`), undefined)

  it.each(LOCALES)("sends the zip in %s, named with the language and version", async (lang) => {
    const res = await get(`lang=${lang}`)
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe(ZIP_CONTENT_TYPE)
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="dataset_${lang}_${version}.zip"`,
    )
    expect(res.headers.get("cache-control")).toMatch(/^public, .*no-transform$/)
    const zip = await JSZip.loadAsync(await res.arrayBuffer())
    expect(await zip.file("README.txt")!.async("string")).toContain(`${origin}${lang === "ar" ? "/ar" : "/"}`)
  })

  it.each([
    ["lang=fr", "lang"],
    ["lang=en,ar", "lang"],
    ["lang=en&lang=ar", "lang"],
    ["format=csv", "format"],
  ])("?%s is a 400 naming %s", async (query, parameter) => {
    const res = await get(query)
    expect(res.status).toBe(400)
    expect(res.headers.get("content-type")).toContain("application/json")
    expect((await res.json()).parameter).toBe(parameter)
  })
})
