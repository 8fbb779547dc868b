import { describe, expect, it } from "vitest"
import { resolvedBridges, type ResolvedBridge } from "@/lib/analysis/bridge"
import { layoutBridge } from "@/lib/charts/bridge-layout"
import type { SvgElement } from "@/lib/charts/svg-tree"
import {
  bridgeChangeText,
  bridgeLegend,
  bridgeRows,
  bridgeSentence,
  columnSentence,
} from "@/lib/analysis/bridge-text"
import { getDataset } from "@/lib/data/dataset"

const dataset = getDataset()
const bridge = (id: string): ResolvedBridge => resolvedBridges(dataset).find((b) => b.def.id === id)!

describe("the words of a bridge", () => {
  it("reads the CyberTipline bridge as a paragraph, in English", () => {
    expect(bridgeSentence(bridge("cybertipline-2023-2024"), "en")).toBe(
      "2023 to 2024: about −15.7 million in all. Reports, 2023: 36,210,368. Meta: fewer incidents: −6.9 million (medium confidence). All other reporters: about −110,000 (range −210,000 to −10,000; medium confidence). Incidents, 2024: about 29.2 million. Bundling: related reports counted as one: about −8.7 million (range −8.8 million to −8.6 million). Reports, 2024: 20.5 million.",
    )
  })

  it("keeps each signed value one left-to-right unit in Arabic", () => {
    const b = bridge("cybertipline-2023-2024")
    expect(bridgeChangeText(b, "ar")).toBe("من 2023 إلى 2024: نحو \u2066−15.7\u2069 مليون في المجموع.")
    expect(columnSentence(b, b.columns[1]!, "ar")).toBe(
      "Meta: حوادث أقل: \u2066−6.9\u2069 مليون (ثقة متوسطة).",
    )
  })

  it("says what is not split and why, and lists a split level's parts", () => {
    const b = bridge("inhope-2023-2024")
    expect(columnSentence(b, b.columns[1]!, "en")).toBe(
      "Rise, not split by hotline: +1,712,116. Not split: SafeNet Bulgaria's 2023 contribution is not published, so how much of the rise it accounts for is not known.",
    )
    expect(columnSentence(b, b.columns[2]!, "en")).toBe(
      "Records, 2024: 2,497,438. Its parts: SafeNet Bulgaria, 1.6 million; All other hotlines, about 900,000 (range 850,000 to 950,000).",
    )
    expect(columnSentence(b, b.columns[2]!, "ar")).toBe(
      "السجلات، 2024: 2,497,438. الأجزاء: SafeNet Bulgaria، 1.6 مليون؛ سائر الخطوط الساخنة، نحو 900,000 (المدى من 850,000 إلى 950,000).",
    )
  })

  it("gives the whole change at the precision of its less precise end", () => {
    expect(bridgeChangeText(bridge("enticement-2023-2024"), "en")).toBe(
      // The 2024 end is "more than 546,000", so the change is one-sided too, as in the copied sentence.
      "2023 to 2024: more than +359,000 in all.",
    )
    expect(bridgeChangeText(bridge("genai-2024h1-2025h1"), "en")).toBe(
      "Jan–Jun 2024 to Jan–Jun 2025: +433,584 in all.",
    )
  })

  it("keys only the marks a bridge draws, and its reference line and event", () => {
    expect(bridgeLegend(dataset, bridge("enticement-2023-2024"), "en").map((i) => i.key)).toEqual([
      "level",
      "cause",
      "computed",
      "approximate",
      "range",
      "reference",
      "event",
    ])
    expect(bridgeLegend(dataset, bridge("genai-2024h1-2025h1"), "en").map((i) => i.key)).toEqual([
      "level",
      "cause",
      "rest",
      "computed",
      "preliminary",
      "notSplit",
      "medium",
      "range",
    ])
  })

  it("tabulates every column and every part, with its range, status and confidence", () => {
    const rows = bridgeRows(bridge("genai-2024h1-2025h1"), "en")
    expect(rows.map((r) => [r.key, r.kind, r.value, r.range, r.status, r.confidence])).toEqual([
      ["0", "level", "6,835", "", "reported", "verified"],
      ["1", "step", "+433,584", "", "implied", "verified"],
      ["2", "level", "440,419", "", "preliminary", "verified"],
      ["3", "level", "485,000", "", "reported", "medium"],
      ["3.0", "part", "380,000", "", "reported", "medium"],
      ["3.1", "part", "about 105,000", "range 100,000 to 111,000", "implied", "medium"],
    ])
    expect(rows[5]!.detail).toBe(
      "Computed: 485,000 − 380,000 = about 105,000; the rounding of the inputs allows 100,000 to 111,000. Rests on: Takes Amazon's 380,000 to be part of the 485,000, as the press reports give it.",
    )
  })
})

describe("the drawing", () => {
  const walk = (n: SvgElement): SvgElement[] => [n, ...(n.children ?? []).flatMap(walk)]
  const columns = (tree: SvgElement) =>
    walk(tree).filter((n) => n.tag === "g" && n.attrs["data-column"] !== undefined)
  const bar = (g: SvgElement) => g.children!.find((n) => n.tag === "rect")!

  it("runs left to right in time in both languages, on the same geometry", () => {
    const b = bridge("cybertipline-2023-2024")
    const en = layoutBridge(dataset, b, { locale: "en", scope: "t" })
    const ar = layoutBridge(dataset, b, { locale: "ar", scope: "t" })
    const xs = (tree: SvgElement) => columns(tree).map((g) => Number(bar(g).attrs.x))
    expect(xs(en)).toEqual([...xs(en)].sort((a, c) => a - c))
    expect(xs(ar)).toEqual(xs(en))
  })

  it("draws a step from the running total: Meta's fall hangs from the top of 2023", () => {
    const tree = layoutBridge(dataset, bridge("cybertipline-2023-2024"), { locale: "en", scope: "t" })
    const [start, meta] = columns(tree).map(bar)
    // The 2023 bar's top and the Meta step's top are the same height; Meta's is 6.9/36.2 as tall.
    expect(Number(meta!.attrs.y)).toBeCloseTo(Number(start!.attrs.y), 1)
    expect(Number(meta!.attrs.height) / Number(start!.attrs.height)).toBeCloseTo(6_900_000 / 36_210_368, 2)
  })

  it("puts the REPORT Act's line where 7 May falls in January–June 2024", () => {
    const tree = layoutBridge(dataset, bridge("enticement-2023-2024"), { locale: "en", scope: "t" })
    const h1 = bar(columns(tree)[1]!)
    const line = walk(tree).find((n) => n.tag === "g" && n.attrs["data-event-id"] === "report-act")!
      .children![0]!
    const fraction = (Number(line.attrs.x1) - Number(h1.attrs.x)) / Number(h1.attrs.width)
    // 7 May is day 128 of 366 in 2024, in a half-year of 182 days: 127 / 182.
    expect(fraction).toBeCloseTo(127 / 182, 2)
  })

  it("draws a not-split step grey and dotted, and a medium-confidence figure with its dotted halo", () => {
    const tree = layoutBridge(dataset, bridge("genai-2024h1-2025h1"), { locale: "en", scope: "t" })
    const [, rise, , nyt] = columns(tree)
    expect(bar(rise!).attrs["stroke-dasharray"]).toBe("2 3")
    expect(nyt!.children!.some((n) => n.attrs["data-halo"] !== undefined)).toBe(true)
  })
})
