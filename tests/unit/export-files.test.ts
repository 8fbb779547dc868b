import { describe, expect, it } from "vitest"
import { getDataset } from "@/lib/data/dataset"
import { exportFilename } from "@/lib/export/file-names"
import { buildChartExport } from "@/lib/export/figure-export"
import { FIGURE_IDS } from "@/lib/charts/figure-defs"

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

const SIZES = ["standard", "presentation"] as const
const svgOf = (id: string, locale: "en" | "ar", size: "standard" | "presentation") =>
  buildChartExport({ kind: "figure", id }, locale, "svg", { origin, size, embedFonts: false })!.body
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g
const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(BIDI, "")
const texts = (svg: string) =>
  [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
    attrs: m[1]!,
    y: Number(/\sy="([-\d.]+)"/.exec(m[1]!)![1]),
    size: Number(/font-size="([\d.]+)"/.exec(m[1]!)![1]),
    text: decode(m[2]!),
  }))
const ALL = FIGURE_IDS.flatMap((id) => LOCALES.map((l) => [id, l] as const))

describe("the presentation SVG is 16:9", () => {
  it.each(ALL)("%s in %s is exactly 1920×1080, with nothing drawn below its bottom edge", (id, locale) => {
    const svg = svgOf(id, locale, "presentation")
    const root = /<svg ([^>]*)>/.exec(svg)![1]!
    expect(/\swidth="([^"]+)"/.exec(root)![1]).toBe("1920")
    expect(/\sheight="([^"]+)"/.exec(root)![1]).toBe("1080")
    expect(/viewBox="([^"]+)"/.exec(root)![1]).toBe("0 0 1920 1080")
    const bottoms: number[] = []
    // Text: its baseline plus a descender (a third of its size).
    for (const t of texts(svg)) bottoms.push(t.y + t.size / 3)
    for (const m of svg.matchAll(/<rect ([^>]*)\/>/g)) {
      const y = /\sy="([-\d.]+)"/.exec(m[1]!)
      const h = /\sheight="([\d.]+)"/.exec(m[1]!)
      if (y && h) bottoms.push(Number(y[1]) + Number(h[1]))
    }
    for (const m of svg.matchAll(/<line ([^>]*)\/>/g))
      for (const a of m[1]!.matchAll(/\sy[12]="([-\d.]+)"/g)) bottoms.push(Number(a[1]))
    for (const m of svg.matchAll(/<circle ([^>]*)\/>/g))
      bottoms.push(Number(/cy="([-\d.]+)"/.exec(m[1]!)![1]) + Number(/\sr="([\d.]+)"/.exec(m[1]!)![1]))
    // Paths outside <defs> (the hatch patterns' own coordinates are not on the canvas).
    const body = svg.slice(svg.indexOf("</defs>"))
    for (const m of body.matchAll(/<path [^>]*d="([^"]+)"/g))
      for (const p of m[1]!.matchAll(/[\d.]+,([-\d.]+)/g)) bottoms.push(Number(p[1]))
    expect(bottoms.length).toBeGreaterThan(50)
    expect(Math.max(...bottoms)).toBeLessThanOrEqual(1080)
  })
})

// Each figure's headline change and its verdict as the dataset gives them today (data/figures.json,
// data/observations, data/caveats.json), written out rather than computed by the code under test; the
// labels are messages compare.verdict.*.
const VERDICT_LABELS = {
  en: { comparable: "Comparable", caution: "Read with caution", "not-comparable": "Not comparable" },
  ar: { comparable: "قابل للمقارنة", caution: "يُقرأ بحذر", "not-comparable": "غير قابل للمقارنة" },
} as const
const HEADLINES = {
  cybertipline: { change: "−43%", verdict: "not-comparable" },
  genai: { change: "+1,326%", verdict: "caution" },
  enticement: { change: "+192%", verdict: "caution" },
  sextortion: { change: "+63%", verdict: "caution" },
  hosting: { change: { en: "−4 percentage points", ar: "−4 نقاط مئوية" }, verdict: "comparable" },
  inhope: { change: "+218%", verdict: "caution" },
  iwf: { change: "+5.7%", verdict: "caution" },
} as const

describe("the headline change's verdict is on the picture", () => {
  it("uses the verdict labels the messages give", async () => {
    for (const locale of LOCALES) {
      const messages = (await import(`@/messages/${locale}.json`)).default as {
        compare: { verdict: Record<string, string> }
      }
      expect(messages.compare.verdict).toEqual(VERDICT_LABELS[locale])
    }
  })

  it.each(FIGURE_IDS.flatMap((id) => LOCALES.flatMap((l) => SIZES.map((s) => [id, l, s] as const))))(
    "%s in %s, %s: the change, then its verdict",
    (id, locale, size) => {
      const h = HEADLINES[id as keyof typeof HEADLINES]
      const change = typeof h.change === "string" ? h.change : h.change[locale]
      const line = texts(svgOf(id, locale, size))
        .map((t) => t.text)
        .join(" ")
      expect(line).toContain(`${change} · ${VERDICT_LABELS[locale][h.verdict]}`)
    },
  )
})

describe("a legend's “Marks:” is never left at the end of a row", () => {
  it.each(FIGURE_IDS.flatMap((id) => LOCALES.flatMap((l) => SIZES.map((s) => [id, l, s] as const))))(
    "%s in %s, %s: the label is on the row of its first item",
    (id, locale, size) => {
      const all = texts(svgOf(id, locale, size))
      const labels = all.filter((t) => t.attrs.includes('data-legend="marks"'))
      expect(labels.length).toBeGreaterThan(0)
      for (const label of labels) {
        expect(label.text).toBe(locale === "en" ? "Marks:" : "العلامات:")
        const first = all.slice(all.indexOf(label) + 1).find((t) => t.attrs.includes("data-legend="))!
        expect(first, "an item after the label").toBeDefined()
        expect(first.y).toBe(label.y)
      }
    },
  )
})
