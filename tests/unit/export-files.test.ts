import { describe, expect, it } from "vitest"
import { getDataset } from "@/lib/dataset"
import { exportFilename } from "@/lib/export/file-names"
import { buildChartExport } from "@/lib/export/figure-export"
import { FIGURE_IDS } from "@/lib/figures"

const dataset = getDataset()
const origin = "https://example.org"
const LOCALES = ["en", "ar"] as const

describe("the JSON export names no caveat it does not carry", () => {
  it.each(FIGURE_IDS.flatMap((id) => LOCALES.map((l) => [id, l] as const)))(
    "%s in %s: every row's caveat id is in the file's caveats, with its title and text",
    (id, locale) => {
      const json = JSON.parse(buildChartExport({ kind: "figure", id }, locale, "json", { origin })!.body) as {
        caveats: { id: string; title: string; text: string }[]
        rows: { caveat_ids: string }[]
      }
      const listed = new Map(json.caveats.map((c) => [c.id, c]))
      const used = new Set(json.rows.flatMap((r) => (r.caveat_ids ? r.caveat_ids.split(";") : [])))
      expect(used.size).toBeGreaterThan(0)
      for (const cid of used) {
        expect(listed.has(cid), `${cid} is named by a row but not listed`).toBe(true)
        expect(listed.get(cid)!.title.length).toBeGreaterThan(0)
        expect(listed.get(cid)!.text.length).toBeGreaterThan(0)
      }
      // Listed once each.
      expect(listed.size).toBe(json.caveats.length)
    },
  )

  it("lists the general caveats the review found missing (from data/caveats.json)", () => {
    const json = JSON.parse(
      buildChartExport({ kind: "figure", id: "genai" }, "en", "json", { origin })!.body,
    ) as { caveats: { id: string; title: string }[] }
    const ids = json.caveats.map((c) => c.id)
    for (const id of [
      "reports-not-prevalence",
      "sources-not-additive",
      "high-income-platforms",
      "ncmec-data-revised",
    ])
      expect(ids).toContain(id)
    expect(json.caveats.find((c) => c.id === "reports-not-prevalence")!.title).toBe(
      "Report volumes reflect detection and reporting, not prevalence",
    )
  })
})

describe("file names", () => {
  it("gives the presentation size its own name, and the other formats none", () => {
    expect(exportFilename("sextortion_en_1.4.0", "svg", "standard")).toBe("sextortion_en_1.4.0.svg")
    expect(exportFilename("sextortion_en_1.4.0", "svg")).toBe("sextortion_en_1.4.0.svg")
    expect(exportFilename("sextortion_en_1.4.0", "svg", "presentation")).toBe("sextortion_en_1.4.0_16x9.svg")
    expect(exportFilename("sextortion_ar_1.4.0", "png", "presentation")).toBe("sextortion_ar_1.4.0_16x9.png")
  })

  it("names the served SVG by its size, in both languages", () => {
    const v = dataset.meta.version
    for (const locale of LOCALES) {
      const file = (size: "standard" | "presentation") =>
        buildChartExport({ kind: "figure", id: "iwf" }, locale, "svg", { origin, size, embedFonts: false })!
          .filename
      expect(file("standard")).toBe(`iwf_${locale}_${v}.svg`)
      expect(file("presentation")).toBe(`iwf_${locale}_${v}_16x9.svg`)
    }
    expect(buildChartExport({ kind: "figure", id: "iwf" }, "en", "csv", { origin })!.filename).toBe(
      `iwf_en_${v}.csv`,
    )
  })
})
