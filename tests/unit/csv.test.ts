import { describe, expect, it } from "vitest"
import { escapeCsvField, localeSafeNumber, toCsv } from "@/lib/export/csv"
import { getDataset } from "@/lib/data/dataset"
import { filterObservations, observationsToCsv } from "@/lib/data/observations"
import { parseCsv } from "./csv-file"

describe("CSV escaping", () => {
  it("leaves plain fields alone", () => {
    expect(escapeCsvField("ncmec")).toBe("ncmec")
    expect(escapeCsvField(36210368)).toBe("36210368")
    expect(escapeCsvField(undefined)).toBe("")
  })

  it("quotes commas, quotes and newlines, doubling inner quotes", () => {
    expect(escapeCsvField("a,b")).toBe('"a,b"')
    expect(escapeCsvField('say "about"')).toBe('"say ""about"""')
    expect(escapeCsvField("line\nbreak")).toBe('"line\nbreak"')
    expect(escapeCsvField("cr\rhere")).toBe('"cr\rhere"')
  })

  it("keeps Arabic text intact, quoting only when it holds a separator", () => {
    expect(escapeCsvField("تجميع البلاغات")).toBe("تجميع البلاغات")
    expect(escapeCsvField("«التجميع»، 2024, نعم")).toBe('"«التجميع»، 2024, نعم"')
  })

  it("round-trips awkward cells through a CSV reader", () => {
    const cells = ['a,"b"', "سطر\nجديد", "plain", "", "٪ 59%"]
    expect(parseCsv(toCsv(["h1", "h2", "h3", "h4", "h5"], [cells]))).toEqual([
      ["h1", "h2", "h3", "h4", "h5"],
      cells,
    ])
  })
})

describe("observations as CSV", () => {
  const dataset = getDataset()

  it("has the contract's columns and one row per observation", () => {
    const rows = parseCsv(observationsToCsv(dataset, dataset.observations))
    // The header a reader's script depends on, in order, written out (not read from the code that writes it).
    expect(rows[0]).toEqual([
      "series_id",
      "source_id",
      "period",
      "country",
      "category",
      "variant",
      "value",
      "value_any_locale",
      "unit",
      "status",
      "qualifier",
      "tier",
      "range_low",
      "range_high",
      "arithmetic",
      "assumptions",
      "caveat_ids",
      "caveat_titles",
      "citation",
    ])
    for (const col of [
      "series_id",
      "source_id",
      "period",
      "country",
      "value",
      "unit",
      "status",
      "qualifier",
      "tier",
      "range_low",
      "range_high",
      "assumptions",
      "caveat_ids",
      "citation",
    ]) {
      expect(rows[0]).toContain(col)
    }
    expect(rows).toHaveLength(dataset.observations.length + 1)
  })

  it("gives every row a citation and its caveat ids, ;-separated", () => {
    const rows = parseCsv(
      observationsToCsv(dataset, filterObservations(dataset, { series: ["ncmec-cybertipline-reports"] })),
    )
    const header = rows[0]!
    const row2024 = rows.find((r) => r[header.indexOf("period")] === "2024")!
    expect(row2024[header.indexOf("caveat_ids")]!.split(";")).toEqual(
      expect.arrayContaining(["ncmec-bundling-2024", "meta-e2ee-2023", "reports-not-prevalence"]),
    )
    expect(row2024[header.indexOf("citation")]).toMatch(/Global Threat Assessment 2025.*footnote 12/)
    // The GTA 2025's prose gives 20.5 million without a hedge (only a call-out says "about").
    expect(row2024[header.indexOf("status")]).toBe("reported")
    expect(row2024[header.indexOf("qualifier")]).toBe("")
  })

  it("carries a derived value's range and assumptions in its row", () => {
    const rows = parseCsv(
      observationsToCsv(
        dataset,
        filterObservations(dataset, { series: ["ncmec-financial-sextortion-reports"], period: ["2024"] }),
      ),
    )
    const header = rows[0]!
    const row = rows[1]!
    expect(row[header.indexOf("value")]).toBe("37000")
    expect(row[header.indexOf("tier")]).toBe("verified")
    expect(row[header.indexOf("range_low")]).toBe("11625")
    expect(row[header.indexOf("range_high")]).toBe("37000")
    expect(row[header.indexOf("assumptions")]).toMatch(
      /^Assumes the GTA 2025's 'nearly 100 a day' describes the whole of 2024/,
    )
  })
})

describe("numbers any spreadsheet locale reads", () => {
  it("writes fractions with an integer mantissa and a power of ten, integers as they are", () => {
    expect(localeSafeNumber(4.1)).toBe("41E-1")
    expect(localeSafeNumber(3.8)).toBe("38E-1")
    expect(localeSafeNumber(8.79)).toBe("879E-2")
    expect(localeSafeNumber(98.7)).toBe("987E-1")
    expect(localeSafeNumber(0.05)).toBe("5E-2")
    expect(localeSafeNumber(-2.5)).toBe("-25E-1")
    expect(localeSafeNumber(29397681)).toBe("29397681")
    expect(localeSafeNumber(0)).toBe("0")
    expect(localeSafeNumber(1e21)).toBe("1E21")
  })

  it("reads back to the same number", () => {
    for (const v of [4.1, 3.8, 8.79, 98.7, 93.2, 0.001, 123456.789, 20500000])
      expect(Number(localeSafeNumber(v))).toBe(v)
  })
})
