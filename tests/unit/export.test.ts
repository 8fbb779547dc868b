import { describe, expect, it } from "vitest"
import { getChartContent } from "@/lib/charts/content"
import { getDataset } from "@/lib/data/dataset"
import { buildChartExport, FIGURE_CSV_COLUMNS } from "@/lib/export/figure-export"
import { estimateWidth, fallbackWidth, wrapText } from "@/lib/export/text"
import { FIGURE_IDS } from "@/lib/charts/figure-defs"

const dataset = getDataset()
const origin = "https://example.org"
/** The text an SVG shows, lines joined by spaces, entities decoded. */
const textOf = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) =>
      m[1]!
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">"),
    )
    .join(" ")
const svgOf = (id: string, locale: "en" | "ar" = "en", size: "standard" | "presentation" = "standard") =>
  buildChartExport({ kind: "figure", id }, locale, "svg", { origin, size, embedFonts: false })!.body

describe("wrapping text for an exported image", () => {
  it("keeps every line within the width and every word", () => {
    const text =
      "From 2024 NCMEC bundles related reports (for example, many reports about one viral image) into one."
    const lines = wrapText(text, 300, 13)
    expect(lines.length).toBeGreaterThan(1)
    for (const l of lines) expect(estimateWidth(l, 13)).toBeLessThanOrEqual(300)
    expect(lines.join(" ")).toBe(text)
  })

  it("leaves room for a wider fallback font (renderers that ignore the embedded fonts)", () => {
    const text = "Where child sexual abuse material traced to a server was hosted, by country: INHOPE and IWF"
    for (const bold of [false, true]) {
      const lines = wrapText(text, 400, 26, bold)
      for (const l of lines)
        expect(estimateWidth(l, 26, bold) * fallbackWidth(bold, l)).toBeLessThanOrEqual(400)
    }
  })

  it("breaks a word longer than a line", () => {
    const lines = wrapText(
      "https://www.iwf.org.uk/annual-data-insights-report-2024/data-and-insights/where-our-reports-come-from/",
      200,
      12,
    )
    expect(lines.length).toBeGreaterThan(1)
    for (const l of lines) expect(estimateWidth(l, 12)).toBeLessThanOrEqual(200)
  })

  it("wraps Arabic by words too", () => {
    const lines = wrapText("يقيس عدد البلاغات ما تم اكتشافه والإبلاغ عنه، لا عدد الأطفال المتضررين.", 150, 14)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join(" ")).toBe("يقيس عدد البلاغات ما تم اكتشافه والإبلاغ عنه، لا عدد الأطفال المتضررين.")
  })
})

// The caveats two figures' exports must carry, numbered in this order: written out from data/caveats.json
// (not computed by the export code under test).
const CYBERTIPLINE_CAVEATS = [
  "2024: related reports bundled into one",
  "Meta's default end-to-end encryption (December 2023)",
  "Several major platforms cut report volumes by about 20 % (2024)",
  "NCMEC's own 2024 report could not be checked",
  "NCMEC's full-year 2025 figures are known only second-hand",
  "A few companies make most CyberTipline reports",
]
const INHOPE_CAVEATS = [
  "One hotline, SafeNet Bulgaria, contributed 1.6 million of INHOPE's 2024 reports",
  "The GTA 2025 states INHOPE's 2024 total two ways",
]

describe("the exported SVG (composition)", () => {
  it.each([
    ["cybertipline", CYBERTIPLINE_CAVEATS],
    ["inhope", INHOPE_CAVEATS],
  ] as const)("%s carries its caveats, numbered, in order", (id, titles) => {
    const text = textOf(svgOf(id))
    titles.forEach((title, i) => expect(text).toContain(`${i + 1}. ${title}`))
  })

  it.each(FIGURE_IDS)(
    "%s carries title, takeaway, chart, numbered caveats, sources, dataset and URL",
    (id) => {
      const svg = svgOf(id)
      const content = getChartContent(dataset, { kind: "figure", id }, "en")!
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
      expect(svg).toContain(`<title>${content.title.replace(/'/g, "&#39;")}</title>`)
      // Every export carries at least one numbered caveat; which ones, for two figures, is tested below.
      expect(textOf(svg)).toMatch(/(^| )1\. \S/)
      expect(svg).toContain("Sources: ")
      expect(svg).toContain(`Dataset ${dataset.meta.version} (${dataset.meta.updated})`)
      expect(svg).toContain(`${origin}/figures/${id}`)
      expect(svg).toMatch(/data-mark="/)
    },
  )

  it("uses literal colours and no CSS variables, and no unfilled values", () => {
    for (const id of FIGURE_IDS) {
      const svg = svgOf(id)
      expect(svg).not.toMatch(/var\(--|currentColor|NaN|undefined|\{[a-z]+\}/)
    }
  })

  it("draws the events and the legend into the SVG (no HTML legend)", () => {
    const svg = svgOf("cybertipline")
    expect(svg).toContain("Meta default end-to-end encryption")
    expect(svg).toContain("Report bundling begins")
    expect(svg).toContain(">Marks:<")
    expect(svg).toContain(">approximate<")
  })

  it("lays Arabic out right to left, from the right margin", () => {
    const svg = svgOf("cybertipline", "ar")
    // No `direction` (LibreOffice ignores it): each line ends at the right margin, text-anchor="end",
    // with its right-to-left base direction in the text (RLE … PDF).
    expect(svg).toMatch(/<svg [^>]*lang="ar"/)
    expect(svg).not.toMatch(/direction=|unicode-bidi/)
    expect(svg).toMatch(/<text x="864" [^>]*text-anchor="end"[^>]*>\u202Bبلاغات وحوادث CyberTipline/)
    expect(svg).toContain("لماذا تغيّر هذا الرقم")
  })

  it("relies on no SVG direction anywhere: every Arabic line carries RLE … PDF instead", () => {
    for (const id of FIGURE_IDS)
      for (const size of ["standard", "presentation"] as const) {
        const svg = svgOf(id, "ar", size)
        expect(svg).not.toMatch(/direction=|unicode-bidi/)
        const arabic = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].filter((m) =>
          /[\u0600-\u06FF]/.test(m[1]!),
        )
        expect(arabic.length).toBeGreaterThan(10)
        for (const m of arabic) expect(m[1]).toMatch(/^\u202B[^\u202B\u202C]*\u202C$/)
      }
  })

  it("keeps the slides at 1920×1080 with the room kept for fallback fonts", () => {
    for (const id of FIGURE_IDS)
      for (const locale of ["en", "ar"] as const)
        expect(svgOf(id, locale, "presentation")).toMatch(/<svg [^>]*width="1920" height="1080"/)
  })

  it("makes a 16:9 slide at presentation size, keeping every caveat", () => {
    const svg = svgOf("cybertipline", "en", "presentation")
    expect(svg).toMatch(/<svg [^>]*width="1920" height="1080"/)
    CYBERTIPLINE_CAVEATS.forEach((title, i) => expect(textOf(svg)).toContain(`${i + 1}. ${title}`))
  })

  it("embeds the fonts it uses, Arabic only where needed", () => {
    const en = buildChartExport({ kind: "figure", id: "genai" }, "en", "svg", { origin })!.body
    const ar = buildChartExport({ kind: "figure", id: "genai" }, "ar", "svg", { origin })!.body
    // Under names no system has, so renderers that ignore @font-face fall back to a system font that
    // has the letters (lib/export/fonts.ts).
    expect(en).toContain("@font-face{font-family:'Geist Embedded'")
    expect(en).not.toContain("Noto Sans Arabic Embedded';font-weight")
    expect(ar).toContain("@font-face{font-family:'Noto Sans Arabic Embedded'")
  })
})

describe("a derived value in an exported image keeps its range and assumptions", () => {
  it.each(["standard", "presentation"] as const)("at %s size, in both languages", (size) => {
    const en = svgOf("sextortion", "en", size)
    // The 2024 rate-derived count is drawn as a range, with its key, and its assumptions are printed.
    expect(en).toContain('data-range="true"')
    expect(textOf(en)).toContain("Range the inputs allow")
    expect(textOf(en)).toContain("What derived figures assume")
    expect(textOf(en)).toMatch(
      /2024, Financial sextortion reports: Assumes the GTA 2025's 'nearly 100 a day'/,
    )
    const ar = svgOf("sextortion", "ar", size)
    expect(ar).toContain('data-range="true"')
    expect(textOf(ar)).toContain("المدى الذي تسمح به المدخلات")
    expect(textOf(ar)).toContain("ما تفترضه الأرقام المستنتَجة")
  })

  it("prints INHOPE's total without SafeNet Bulgaria with the assumptions it rests on", () => {
    const text = textOf(svgOf("inhope"))
    expect(text).toContain("without INHOPE reports contributed by SafeNet Bulgaria: Assumes SafeNet Bulgaria")
    expect(text).toContain("SafeNet Bulgaria's 2023 contribution is not published")
  })
})

describe("the exported data", () => {
  it("has exactly the figure table's rows, each with its caveats and citation, and a BOM", () => {
    const csv = buildChartExport({ kind: "figure", id: "iwf" }, "en", "csv", { origin })!
    expect(csv.filename).toBe(`iwf_en_${dataset.meta.version}.csv`)
    expect(csv.body.charCodeAt(0)).toBe(0xfeff)
    const lines = csv.body.slice(1).trimEnd().split("\r\n")
    expect(lines[0]).toBe(FIGURE_CSV_COLUMNS.join(","))
    const content = getChartContent(dataset, { kind: "figure", id: "iwf" }, "en")!
    expect(lines).toHaveLength(content.rows.length + 1)
    expect(csv.body).toContain("iwf-confirmed-2024-two-readings")
    expect(csv.body).toContain("gta-2025-second-reading")
  })

  it("gives JSON with the caveats and citations", () => {
    const json = JSON.parse(
      buildChartExport({ kind: "figure", id: "inhope" }, "ar", "json", { origin })!.body,
    )
    expect(json.url).toBe(`${origin}/ar/figures/inhope`)
    expect(json.caveats.map((c: { id: string }) => c.id)).toContain("safenet-bulgaria-2024")
    expect(
      json.rows.some((r: { variant: string }) => r.variant === "without-inhope-safenet-bulgaria-reports"),
    ).toBe(true)
    expect(json.rows.every((r: { citation: string }) => r.citation.length > 0)).toBe(true)
  })
})

describe("addresses in Arabic exports", () => {
  it("are plain text a reader can copy: no bidi controls around a line with no Arabic in it", () => {
    const svg = buildChartExport({ kind: "figure", id: "cybertipline" }, "ar", "svg", {
      origin: "https://dashboard.example.org",
    })!.body
    expect(svg).toContain(">https://dashboard.example.org/ar/figures/cybertipline</text>")
  })
})
