import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { arabicSubsetText, outsideArabicSubset } from "@/lib/format/font-subsets"
import { formatCountry, formatNumber, formatPercentChange, formatQualified } from "@/lib/format/values"
import { formatEventDate, formatPeriod } from "@/lib/format/time"
import { getDataset } from "@/lib/data/dataset"

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".json") ? [join(dir, e.name)] : [],
  )

describe("the Arabic font subset", () => {
  it("covers every Arabic character of the catalogue and the dataset", () => {
    const text = ["messages/ar.json", "messages/essentials.json", ...files("data")]
      .map((f) => readFileSync(f, "utf8"))
      .join("")
    expect(text).toMatch(/[\u0600-\u06ff]/)
    expect(outsideArabicSubset(text)).toEqual([])
  })

  it("covers what the Arabic formatters print: numbers, changes, countries, periods and dates", () => {
    const dataset = getDataset()
    const printed = [
      ...dataset.observations.flatMap((o) => {
        const unit = dataset.series.find((s) => s.id === o.seriesId)!.unit
        return [formatQualified(o.value, unit, "ar", o.qualifier), formatPeriod(o.period, "ar")]
      }),
      ...dataset.events.map((e) => formatEventDate(e.date, "ar")),
      ...["US", "NL", "DE", "BG", "RU", "GB", "FR", "LV", "RO", "SK"].map((c) => formatCountry(c, "ar")),
      formatNumber(1234567.89, "ar"),
      formatPercentChange(-43.4, "ar"),
      formatPercentChange(1325, "ar"),
    ].join(" ")
    expect(printed).toMatch(/[\u0600-\u06ff]/)
    expect(outsideArabicSubset(printed)).toEqual([])
  })

  it("reports a character from outside the Arabic block, such as a presentation form", () => {
    expect(outsideArabicSubset("سلام \ufdf2 and Latin")).toEqual(["\ufdf2"])
    expect(arabicSubsetText()).toContain("\u200c")
    expect(arabicSubsetText()).toContain("ب")
  })
})
