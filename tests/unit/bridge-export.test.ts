import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { getDataset } from "@/lib/data/dataset"
import { BRIDGE_CSV_COLUMNS, buildBridgeExport } from "@/lib/export/bridge-export"
import { buildChartExport } from "@/lib/export/figure-export"
import { exportHandler } from "@/lib/export/handler"
import { estimateWidth, fallbackWidth } from "@/lib/export/text"
import { readPlacedSvg } from "./svg-pdf"
import { parseCsv } from "./csv-file"

const dataset = getDataset()
const origin = "https://dash.example.org"
const BRIDGED = ["cybertipline", "inhope", "enticement", "genai"] as const
const LOCALES = ["en", "ar"] as const
const SIZES = ["standard", "presentation"] as const

const svgOf = (id: string, locale: "en" | "ar", size: "standard" | "presentation") =>
  buildBridgeExport(dataset, id, locale, "svg", { origin, size, embedFonts: false })!.body
const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
/** Every text line of an SVG as written (bidi controls kept). */
const linesOf = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]!))
/** The SVG's words, lines joined by spaces, bidi controls removed. */
const textOf = (svg: string) =>
  linesOf(svg)
    .join(" ")
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, "")

describe("the bridge as an SVG file", () => {
  it.each(BRIDGED.flatMap((id) => LOCALES.map((l) => [id, l] as const)))(
    "%s (%s): a 16:9 file is exactly 1920×1080",
    (id, locale) => {
      expect(svgOf(id, locale, "presentation")).toMatch(
        /<svg [^>]*width="1920" height="1080" viewBox="0 0 1920 1080"/,
      )
      expect(svgOf(id, locale, "standard")).toMatch(/<svg [^>]*width="900" /)
    },
  )

  it("keeps every line of text inside the canvas, in both languages and at both sizes", () => {
    const off: string[] = []
    for (const id of BRIDGED)
      for (const locale of LOCALES)
        for (const size of SIZES) {
          const svg = readPlacedSvg(svgOf(id, locale, size))
          for (const t of svg.texts) {
            // The width a fallback font may give the line (lib/export/text.ts).
            const w = estimateWidth(t.text, t.size, t.bold) * fallbackWidth(t.bold, t.text)
            const [left, right] =
              t.anchor === "end"
                ? [t.x - w, t.x]
                : t.anchor === "middle"
                  ? [t.x - w / 2, t.x + w / 2]
                  : [t.x, t.x + w]
            if (left < 0 || right > svg.width || t.y - t.size < 0 || t.y + t.size * 0.3 > svg.height)
              off.push(`${id} ${locale} ${size}: "${t.text.slice(0, 50)}" at ${t.x},${t.y}`)
          }
        }
    expect(off).toEqual([])
  })

  it("draws the page's drawing, whole, in the file: every column of the bridge", () => {
    const svg = svgOf("cybertipline", "en", "standard")
    expect(svg).toMatch(/<g transform="translate\(36,[\d.]+\)" data-bridge-drawing="cybertipline-2023-2024">/)
    expect([...svg.matchAll(/data-column="(\d)"/g)].map((m) => m[1])).toEqual(["0", "1", "2", "3", "4", "5"])
    expect(textOf(svg)).toContain("about −110,000")
    expect(textOf(svg)).toContain("Bundling: related")
  })

  it.each(SIZES)(
    "carries title, change, notes, arithmetic and assumptions in full, caveats, sources, version and address (%s)",
    (size) => {
      const text = textOf(svgOf("cybertipline", "en", size))
      expect(text).toContain("CyberTipline 2023→2024: from 36.2 million reports to 20.5 million")
      expect(text).toContain("2023 to 2024: about −15.7 million in all.")
      expect(text).toContain("What each part is")
      // The value in the note's heading, its range and confidence under it (or, short of room at 16:9,
      // leading its arithmetic).
      expect(text).toContain("All other reporters: about −110,000 ")
      expect(text).toContain("range −210,000 to −10,000; medium confidence")
      expect(text).toContain(
        "Computed: 29.2 million − 36,210,368 − (−6.9 million) = about −110,000; the rounding of the inputs allows −210,000 to −10,000.",
      )
      expect(text).toContain(
        "Rests on: Takes Meta's 6.9 million to be counted in the same incidents as NCMEC's 29.2 million, as NBC's article does.",
      )
      expect(text).toContain(
        "Rests on: The GTA 2025 links the 29.2 million incidents to the 20.5 million reports; both are rounded to 0.1 million.",
      )
      // The assumption the whole bridge rests on: 2023's reports read as incidents.
      expect(text).toContain(
        "What derived figures assume Assumes no bundling in 2023: every 2023 report is counted as a separate incident.",
      )
      expect(text).toContain("1. Meta's default end-to-end encryption (December 2023)")
      expect(text).toContain("2. 2024: related reports bundled into one")
      expect(text).toContain("Sources: NCMEC (OJJDP transparency report, CY 2023); NBC News (syndicated)")
      expect(text).toContain(`Dataset ${dataset.meta.version} (${dataset.meta.updated})`)
      expect(text).toContain("https://dash.example.org/figures/cybertipline#bridge-cybertipline-2023-2024")
    },
  )

  it("gives a not-split step its reason, and a remainder part its arithmetic and assumption, at 16:9 too", () => {
    for (const size of SIZES) {
      const text = textOf(svgOf("genai", "en", size))
      expect(text).toContain(
        "Amazon's January–June 2024 reports are not published, so its part of the rise is not known.",
      )
      expect(text).toContain("Computed: 485,000 − 380,000 = about 105,000")
      expect(text).toContain(
        "Rests on: Takes Amazon's 380,000 to be part of the 485,000, as the press reports give it.",
      )
      const inhope = textOf(svgOf("inhope", "en", size))
      expect(inhope).toContain(
        "Rests on: Assumes SafeNet Bulgaria's 1.6 million are in the same unit as INHOPE's 2,497,438 records",
      )
    }
  })

  it("keeps the caveats' text at standard size, where the page grows to hold it", () => {
    const text = textOf(svgOf("inhope", "en", "standard"))
    expect(text).toContain(
      "1. One hotline, SafeNet Bulgaria, contributed 1.6 million of INHOPE's 2024 reports",
    )
    expect(text).toContain("SafeNet Bulgaria")
  })

  it("draws a legend of the marks it uses, each swatch in a style the drawing uses", () => {
    const svg = svgOf("genai", "en", "standard")
    const legend = [...svg.matchAll(/<g data-legend="([a-zA-Z]+)">(.*?)<\/g>/g)]
    expect(legend.map((m) => m[1])).toEqual([
      "level",
      "cause",
      "rest",
      "computed",
      "preliminary",
      "notSplit",
      "medium",
      "range",
    ])
    // The drawing is one line of the file (svgToString writes no line breaks), the legend others.
    const drawn = /<g transform="translate[^"]*" data-bridge-drawing[^>]*>([^\n]*)<\/g>\n/.exec(svg)![1]!
    expect(drawn).not.toContain("data-legend")
    const dash = (s: string) => [...s.matchAll(/stroke-dasharray="([^"]+)"/g)].map((m) => m[1])
    for (const [, key, body] of legend)
      for (const d of dash(body!)) expect(dash(drawn), `${key}: ${d}`).toContain(d)
    // Blue totals and vermillion causes, as the drawing fills them.
    expect(legend[0]![2]).toContain('fill="#0072B2"')
    expect(legend[1]![2]).toContain('fill="#C24100"')
    expect(drawn).toContain('fill="#0072B2"')
    expect(drawn).toContain('fill="#C24100"')
    // Hatched (preliminary) and not split (grey dotted outline), as the drawing draws them.
    expect(legend[4]![2]).toMatch(/fill="url\(#hatch-bx-genai-2024h1-2025h1-legend-333333\)"/)
    expect(legend[5]![2]).toContain('stroke="#4A4A4A"')
    expect(drawn).toContain('stroke="#4A4A4A"')
    // The enticement bridge's reference level and event.
    const entice = svgOf("enticement", "en", "standard")
    expect(entice).toContain('<g data-legend="reference">')
    expect(entice).toContain('<g data-legend="event">')
    expect(textOf(entice)).toContain("Dotted line across: the level of All of 2023 (186,819)")
  })

  it("in Arabic, sets a line right to left (RLE … PDF) only where it has Arabic letters, and no SVG direction", () => {
    for (const id of BRIDGED)
      for (const size of SIZES) {
        const svg = svgOf(id, "ar", size)
        expect(svg).not.toMatch(/direction=|unicode-bidi/)
        const lines = linesOf(svg)
        const arabic = lines.filter((l) => /[\u0600-\u06FF]/.test(l))
        expect(arabic.length).toBeGreaterThan(20)
        // RLE … PDF around the line, and inside it only whole LRE … PDF embeddings (a signed value, kept
        // left to right), never an isolate, which LibreOffice draws wrongly (bridge-export.ts).
        for (const l of arabic)
          expect(l).toMatch(/^\u202B(?:[^\u202A-\u202E]|\u202A[^\u202A-\u202E]*\u202C)*\u202C$/)
        expect(svg).not.toMatch(/[\u2066-\u2069]/)
        // A line with no Arabic letter gets no right-to-left embedding; a signed value in it keeps its
        // left-to-right one (LRE … PDF, from the isolate the words give it).
        for (const l of lines.filter((l) => !/[\u0600-\u06FF]/.test(l)))
          expect(l).toMatch(/^(?:[^\u202A-\u202E]|\u202A[^\u202A-\u202E]*\u202C)*$/)
      }
    const ar = svgOf("cybertipline", "ar", "presentation")
    expect(ar).toContain(
      ">https://dash.example.org/ar/figures/cybertipline#bridge-cybertipline-2023-2024</text>",
    )
    expect(textOf(ar)).toContain("ما يمثّله كل جزء")
  })

  it("is named after the figure, with _bridge and, at 16:9, _16x9", () => {
    const v = dataset.meta.version
    const name = (format: "svg" | "csv" | "json", size?: "standard" | "presentation") =>
      buildBridgeExport(dataset, "genai", "ar", format, { origin, size })!.filename
    expect(name("svg")).toBe(`genai_ar_${v}_bridge.svg`)
    expect(name("svg", "presentation")).toBe(`genai_ar_${v}_bridge_16x9.svg`)
    expect(name("csv")).toBe(`genai_ar_${v}_bridge.csv`)
    expect(name("json")).toBe(`genai_ar_${v}_bridge.json`)
  })

  it("is not made for a figure with no bridge", () => {
    expect(buildBridgeExport(dataset, "iwf", "en", "svg", { origin })).toBeUndefined()
  })
})

describe("the bridge as CSV", () => {
  const csv = (id: string, locale: "en" | "ar" = "en") =>
    buildBridgeExport(dataset, id, locale, "csv", { origin })!.body

  it("is one table, header first, with a BOM, CRLF and the same columns on every row", () => {
    const body = csv("cybertipline")
    expect(body.charCodeAt(0)).toBe(0xfeff)
    const rows = parseCsv(body.slice(1))
    expect(rows[0]).toEqual([
      "bridge_id",
      "part_key",
      "part",
      "kind",
      "value",
      "value_any_locale",
      "value_shown",
      "qualifier",
      "range_low",
      "range_high",
      "status",
      "confidence",
      "source",
      "note",
      "detail",
      "caveat_id",
      "caveat",
      "citation",
      "dataset_version",
      "dataset_date",
      "url",
    ])
    expect(rows[0]).toEqual([...BRIDGE_CSV_COLUMNS])
    expect(rows).toHaveLength(7)
    for (const r of rows) expect(r).toHaveLength(21)
  })

  it("gives each row's value as a number, signed for a change, with the span of a computed one", () => {
    const rows = parseCsv(csv("cybertipline").slice(1))
    const col = (name: string) => rows[0]!.indexOf(name)
    const body = rows.slice(1)
    expect(body.map((r) => [r[col("part")], r[col("kind")], Number(r[col("value")])])).toEqual([
      ["Reports, 2023", "level", 36_210_368],
      ["Meta: fewer incidents", "step", -6_900_000],
      ["All other reporters", "step", -110_368],
      ["Incidents, 2024", "level", 29_200_000],
      ["Bundling: related reports counted as one", "step", -8_700_000],
      ["Reports, 2024", "level", 20_500_000],
    ])
    const rest = body[2]!
    expect(rest[col("value_shown")]).toBe("about −110,000")
    expect(rest[col("value_any_locale")]).toBe("-110368")
    expect([rest[col("range_low")], rest[col("range_high")]]).toEqual(["-210000", "-10000"])
    expect(rest[col("confidence")]).toBe("medium")
    expect(rest[col("detail")]).toContain("Takes Meta's 6.9 million to be counted in the same incidents")
    // A reported figure has no span of its own in the table.
    expect([body[0]![col("range_low")], body[0]![col("range_high")]]).toEqual(["", ""])
    expect(body[1]![col("caveat_id")]).toBe("meta-e2ee-2023")
    expect(body[1]![col("caveat")]).toMatch(/^Meta's default end-to-end encryption \(December 2023\): /)
    expect(body[1]![col("citation")]).toContain("https://it.einnews.com/article/810867805")
    for (const r of body) {
      expect(r[col("dataset_version")]).toBe(`v${dataset.meta.version}`)
      expect(r[col("dataset_date")]).toBe(dataset.meta.updated)
      expect(r[col("url")]).toBe(
        "https://dash.example.org/figures/cybertipline#bridge-cybertipline-2023-2024",
      )
    }
  })

  it("lists a split level's parts after it", () => {
    const rows = parseCsv(csv("genai", "ar").slice(1))
    const key = rows[0]!.indexOf("part_key")
    const value = rows[0]!.indexOf("value_any_locale")
    expect(rows.slice(1).map((r) => [r[key], r[value]])).toEqual([
      ["0", "6835"],
      ["1", "433584"],
      ["2", "440419"],
      ["3", "485000"],
      ["3.0", "380000"],
      ["3.1", "105000"],
    ])
    expect(rows[1]![rows[0]!.indexOf("url")]).toBe(
      "https://dash.example.org/ar/figures/genai#bridge-genai-2024h1-2025h1",
    )
  })
})

describe("the bridge as JSON", () => {
  const json = (id: string, locale: "en" | "ar" = "en") =>
    JSON.parse(buildBridgeExport(dataset, id, locale, "json", { origin })!.body)

  it("has every caveat a column names, with its text", () => {
    for (const id of BRIDGED)
      for (const locale of LOCALES) {
        const { bridge } = json(id, locale)
        const named = bridge.columns.flatMap((c: { caveat_id: string | null }) =>
          c.caveat_id ? [c.caveat_id] : [],
        )
        expect(named.length).toBeGreaterThan(0)
        for (const cid of named) {
          const c = bridge.caveats.find((x: { id: string }) => x.id === cid)
          expect(c, `${id} ${locale}: ${cid}`).toBeDefined()
          expect(c.text.length).toBeGreaterThan(40)
        }
      }
    expect(json("cybertipline").bridge.caveats.map((c: { id: string }) => c.id)).toEqual([
      "meta-e2ee-2023",
      "ncmec-bundling-2024",
    ])
  })

  it("gives every value, range, status, tier, citation in full, arithmetic and assumption", () => {
    const { bridge, url, dataset: d } = json("cybertipline")
    expect(url).toBe("https://dash.example.org/figures/cybertipline#bridge-cybertipline-2023-2024")
    expect(d.version).toBe(dataset.meta.version)
    expect(bridge.change).toEqual({
      from: 36_210_368,
      to: 20_500_000,
      absolute: -15_710_368,
      text: "2023 to 2024: about −15.7 million in all.",
    })
    const rest = bridge.columns[2]
    expect(rest).toMatchObject({
      kind: "step",
      label: "All other reporters",
      source: "remainder",
      value: -110_368,
      shown: -110_000,
      low: -210_000,
      high: -10_000,
      status: "implied",
      tier: "medium",
      value_label: "about −110,000 (range −210,000 to −10,000; medium confidence)",
    })
    expect(rest.arithmetic).toBe(
      "29.2 million − 36,210,368 − (−6.9 million) = about −110,000; the rounding of the inputs allows −210,000 to −10,000.",
    )
    expect(rest.assumptions[0]).toBe(
      "Takes Meta's 6.9 million to be counted in the same incidents as NCMEC's 29.2 million, as NBC's article does.",
    )
    const meta = bridge.columns[1]
    expect(meta.citations[0]).toMatchObject({
      url: "https://it.einnews.com/article/810867805",
      quote:
        "Meta accounted for almost the entire decline, reporting 6.9 million fewer incidents than in 2023",
    })
    expect(bridge.assumptions[0]).toMatch(/^Assumes no bundling in 2023/)
    expect(bridge.legend.map((l: { key: string }) => l.key)).toEqual([
      "level",
      "cause",
      "computed",
      "approximate",
      "medium",
      "range",
    ])
    expect(bridge.sentence).toMatch(
      /^2023 to 2024: about −15\.7 million in all\. Reports, 2023: 36,210,368\./,
    )
    const genai = json("genai").bridge
    expect(genai.columns[1].reason).toBe(
      "Amazon's January–June 2024 reports are not published, so its part of the rise is not known.",
    )
    expect(genai.columns[3].parts.map((p: { label: string; value: number }) => [p.label, p.value])).toEqual([
      ["Amazon: known CSAM in AI training data", 380_000],
      ["All other reporters", 105_000],
    ])
  })

  it("is the same object in the figure's own JSON export (its `bridge`), and null for a figure with none", () => {
    for (const id of BRIDGED)
      for (const locale of LOCALES) {
        const figure = JSON.parse(buildChartExport({ kind: "figure", id }, locale, "json", { origin })!.body)
        expect(figure.bridge).toEqual(json(id, locale).bridge)
      }
    const iwf = JSON.parse(buildChartExport({ kind: "figure", id: "iwf" }, "en", "json", { origin })!.body)
    expect(iwf.bridge).toBeNull()
    const series = JSON.parse(
      buildChartExport({ kind: "series", id: "iwf-reports-assessed" }, "en", "json", { origin })!.body,
    )
    expect("bridge" in series).toBe(false)
  })
})

describe("GET /api/figures/{id}/export?part=bridge", () => {
  const handler = exportHandler("figure")
  const get = (id: string, query: string, headers: Record<string, string> = {}) =>
    handler(new Request(`http://localhost:3000/api/figures/${id}/export?${query}`, { headers }), {
      params: Promise.resolve({ id }),
    })
  const KEYS = ["SITE_URL", "TRUST_PROXY", "NEXT_PUBLIC_SITE_URL"] as const
  let saved: Partial<Record<(typeof KEYS)[number], string>> = {}
  beforeEach(() => {
    saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]))
    for (const k of KEYS) delete process.env[k]
  })
  afterEach(() => {
    for (const k of KEYS) {
      if (saved[k] === undefined) delete process.env[k]
      else process.env[k] = saved[k]
    }
  })
  const proxied = {
    host: "127.0.0.1:3000",
    "x-forwarded-host": "dashboard.example.org",
    "x-forwarded-proto": "https",
  }

  it.each([
    ["iwf", "part=bridge&format=svg", "part", /^figure "iwf" has no change bridge: use part=chart/],
    ["genai", "part=bridge&format=pptx", "part", /^does not apply to pptx/],
    ["genai", "part=bridge&format=svg&scale=log", "scale", /^does not apply to a bridge/],
    ["genai", "part=bridge", "format", /^missing: use svg, csv or json$/],
    ["genai", "part=waterfall&format=svg", "part", /^unknown part "waterfall"$/],
    ["genai", "part=bridge&part=chart&format=svg", "part", /^given more than once$/],
    ["genai", "part=bridge,chart&format=svg", "part", /^takes one value/],
    ["genai", "part=&format=svg", "part", /^has an empty value$/],
    ["nope", "part=bridge&format=svg", "id", /^unknown figure "nope"$/],
  ])("%s?%s is a 400 naming %s", async (id, query, parameter, error) => {
    const res = await get(id, query)
    expect(res.status).toBe(400)
    expect(res.headers.get("content-type")).toContain("application/json")
    const body = await res.json()
    expect(body.parameter).toBe(parameter)
    expect(body.error).toMatch(error)
  })

  it("sends the 16:9 SVG as an attachment, as it is (no-transform), with an ETag that answers 304", async () => {
    process.env.SITE_URL = "https://site.example.org"
    const res = await get("genai", "part=bridge&format=svg&lang=ar&size=presentation")
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8")
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="genai_ar_${dataset.meta.version}_bridge_16x9.svg"`,
    )
    expect(res.headers.get("cache-control")).toMatch(/^public, .*, no-transform$/)
    const body = await res.text()
    expect(body).toMatch(/<svg [^>]*width="1920" height="1080"/)
    expect(body).toContain(">https://site.example.org/ar/figures/genai#bridge-genai-2024h1-2025h1</text>")
    const etag = res.headers.get("etag")!
    expect(etag).toMatch(/^W\/"/)
    const again = await get("genai", "part=bridge&format=svg&lang=ar&size=presentation", {
      "if-none-match": etag,
    })
    expect(again.status).toBe(304)
  })

  it("names the host a proxy forwarded, never localhost, and is then private", async () => {
    process.env.TRUST_PROXY = "1"
    for (const format of ["svg", "csv", "json"]) {
      const res = await get("cybertipline", `part=bridge&format=${format}`, proxied)
      const body = await res.text()
      expect(body, format).toContain(
        "https://dashboard.example.org/figures/cybertipline#bridge-cybertipline-2023-2024",
      )
      expect(body, format).not.toContain("localhost")
      expect(body, format).not.toContain("127.0.0.1")
      expect(res.headers.get("cache-control")).toBe(
        format === "svg" ? "private, max-age=300, no-transform" : "private, max-age=300",
      )
      expect(res.headers.get("vary")).toBe("Host, X-Forwarded-Host, X-Forwarded-Proto")
    }
  })

  it("gives CSV and JSON their types and names, whatever size was asked for", async () => {
    const csv = await get("inhope", "part=bridge&format=csv&size=presentation", { host: "a.example" })
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8")
    expect(csv.headers.get("content-disposition")).toBe(
      `attachment; filename="inhope_en_${dataset.meta.version}_bridge.csv"`,
    )
    const json = await get("inhope", "part=bridge&format=json")
    expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8")
    expect((await json.json()).bridge.id).toBe("inhope-2023-2024")
  })

  it("is no parameter of a series' export (a series has no bridge)", async () => {
    const res = await exportHandler("series")(
      new Request("http://localhost:3000/api/series/iwf-reports-assessed/export?format=svg&part=bridge"),
      { params: Promise.resolve({ id: "iwf-reports-assessed" }) },
    )
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({
      parameter: "part",
      error: expect.stringMatching(/^unknown parameter/),
    })
  })

  it("part=chart is the figure's own export, as without part", async () => {
    const a = await get("genai", "part=chart&format=json", { host: "a.example" })
    const b = await get("genai", "format=json", { host: "a.example" })
    expect(a.headers.get("etag")).toBe(b.headers.get("etag"))
    expect(a.headers.get("content-disposition")).toBe(
      `attachment; filename="genai_en_${dataset.meta.version}.json"`,
    )
  })
})
