import { describe, expect, it } from "vitest"
import { resolveBridge, resolvedBridges, writtenHalfWidth, type ResolvedBridge } from "@/lib/analysis/bridge"
import { getDataset } from "@/lib/data/dataset"
import type { Bridge } from "@/lib/data/schema"
import { validateDataset } from "@/lib/data/validate"
import { rawCopy } from "./fixtures"

const dataset = getDataset()
const bridge = (id: string): ResolvedBridge => resolvedBridges(dataset).find((b) => b.def.id === id)!
const column = (b: ResolvedBridge, label: string) => b.columns.find((c) => c.label.en === label)!
const def = (id: string): Bridge => structuredClone(dataset.bridges.find((b) => b.id === id)!)

describe("writtenHalfWidth", () => {
  it("reads trailing zeros as rounding and a full count as exact", () => {
    expect(writtenHalfWidth(29_200_000)).toBe(50_000)
    expect(writtenHalfWidth(380_000)).toBe(5_000)
    expect(writtenHalfWidth(-6_900_000)).toBe(50_000)
    expect(writtenHalfWidth(36_210_368)).toBe(0)
    expect(writtenHalfWidth(6_835)).toBe(0)
  })
})

describe("the dataset's bridges", () => {
  it("has one bridge for each of the four headline changes", () => {
    expect(resolvedBridges(dataset).map((b) => [b.def.figure, b.def.from, b.def.to])).toEqual([
      ["cybertipline", "2023", "2024"],
      ["inhope", "2023", "2024"],
      ["enticement", "2023", "2024"],
      ["genai", "2024-H1", "2025-H1"],
    ])
  })

  it("CyberTipline: 36.2 million reports, Meta's 6.9 million, the rest, 29.2 million incidents, bundling, 20.5 million", () => {
    const b = bridge("cybertipline-2023-2024")
    expect(b.columns.map((c) => [c.kind, c.quantity.source, c.quantity.shown])).toEqual([
      ["level", "observation", 36_210_368],
      ["step", "stated", -6_900_000],
      ["step", "remainder", -110_000],
      ["level", "observation", 29_200_000],
      ["step", "remainder", -8_700_000],
      ["level", "observation", 20_500_000],
    ])
    // What Meta's 6.9 million leaves of the fall in incidents, with the span the rounding allows.
    const rest = column(b, "All other reporters").quantity
    expect([rest.low, rest.high]).toEqual([-210_000, -10_000])
    expect(rest.tier).toBe("medium")
    expect(rest.status).toBe("implied")
    expect(rest.arithmetic?.en).toBe(
      "29.2 million − 36,210,368 − (−6.9 million) = about −110,000; the rounding of the inputs allows −210,000 to −10,000.",
    )
    const bundling = column(b, "Bundling: related reports counted as one").quantity
    expect([bundling.low, bundling.high]).toEqual([-8_800_000, -8_600_000])
    expect(column(b, "Meta: fewer incidents").quantity.tier).toBe("medium")
    // The 2023 reports are read as incidents: the bridge shows that assumption.
    expect(b.assumptions.map((a) => a.en)).toEqual([expect.stringMatching(/^Assumes no bundling in 2023/)])
    expect(b.change).toEqual({ from: 36_210_368, to: 20_500_000, absolute: -15_710_368 })
  })

  it("every run of steps ends where the next level starts: exactly where it leaves a remainder, within the rounding otherwise", () => {
    for (const b of resolvedBridges(dataset)) {
      b.columns.forEach((c, i) => {
        const next = b.columns[i + 1]
        if (c.kind !== "step" || next?.kind !== "level") return
        if (c.quantity.source === "remainder" || c.quantity.source === "not-split")
          expect(c.top).toBeCloseTo(next.top, 6)
        else
          expect(Math.abs(c.top - next.top)).toBeLessThanOrEqual((next.quantity.high - next.quantity.low) / 2)
      })
    }
    // The one run of cited steps: about 253,000 on top of 292,951 is 545,951, against "more than 546,000".
    expect(bridge("enticement-2023-2024").columns[2]!.top).toBe(545_951)
  })

  it("INHOPE: the rise is not split by hotline; 2024 splits into SafeNet Bulgaria and about 0.9 million", () => {
    const b = bridge("inhope-2023-2024")
    const rise = b.columns[1]!
    expect(rise.quantity.source).toBe("not-split")
    expect(rise.quantity.value).toBe(1_712_116)
    expect(rise.quantity.reason?.en).toMatch(/2023 contribution is not published/)
    const parts = b.columns[2]!.parts.map((p) => [
      p.label.en,
      p.quantity.value,
      p.quantity.low,
      p.quantity.high,
    ])
    expect(parts).toEqual([
      ["SafeNet Bulgaria", 1_600_000, 1_550_000, 1_650_000],
      ["All other hotlines", 900_000, 850_000, 950_000],
    ])
    // The without-SafeNet view rests on assumptions no source confirms; they travel with it.
    expect(b.columns[2]!.parts[1]!.quantity.assumptions.length).toBeGreaterThan(0)
  })

  it("online enticement: January–June 2024 from zero, then July–December on top, to the year", () => {
    const b = bridge("enticement-2023-2024")
    expect(b.columns.map((c) => [c.label.en, c.base, c.top])).toEqual([
      ["All of 2023", 0, 186_819],
      ["January–June 2024", 0, 292_951],
      ["July–December 2024", 292_951, 545_951],
      ["All of 2024", 0, 546_000],
    ])
    expect(b.def.events).toEqual(["report-act"])
    expect(b.columns[3]!.quantity.qualifier).toBe("more-than")
  })

  it("generative AI: Amazon's 380,000 is set against the 485,000 reading it was given against, not 440,419", () => {
    const b = bridge("genai-2024h1-2025h1")
    expect(b.change).toEqual({ from: 6_835, to: 440_419, absolute: 433_584 })
    const nyt = b.columns[3]!
    expect(nyt.quantity.value).toBe(485_000)
    expect(
      nyt.parts.map((p) => [
        p.quantity.source,
        p.quantity.shown,
        p.quantity.low,
        p.quantity.high,
        p.quantity.tier,
      ]),
    ).toEqual([
      ["observation", 380_000, 375_000, 385_000, "medium"],
      ["remainder", 105_000, 100_000, 111_000, "medium"],
    ])
    expect(b.columns[2]!.quantity.status).toBe("preliminary")
  })
})

describe("resolveBridge refuses a bridge that claims more than its sources", () => {
  const issues = (b: Bridge) => {
    const r = resolveBridge(dataset, b)
    return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`)
  }

  it("a cited step larger than the whole change", () => {
    const b = def("cybertipline-2023-2024")
    const meta = b.columns[1]!
    if (meta.kind !== "step" || !("stated" in meta.value)) throw new Error("fixture")
    meta.value.stated.value = -9_000_000
    expect(issues(b)).toEqual([
      "columns[1]: the cited steps add up to -9000000, more than the whole change of -7010368",
    ])
  })

  it("steps that do not add up to the change between their levels", () => {
    const b = def("enticement-2023-2024")
    b.columns.splice(2, 1, {
      kind: "step",
      label: { en: "x", ar: "س" },
      value: { series: "ncmec-online-enticement-reports", period: "2023" },
    })
    expect(issues(b)).toEqual([
      "columns[2]: the steps add up to 186819, not to the change of 253049 between the levels either side",
    ])
  })

  it("parts that add up to more than their level", () => {
    const b = def("genai-2024h1-2025h1")
    const nyt = b.columns[3]!
    if (nyt.kind !== "level" || !nyt.parts) throw new Error("fixture")
    nyt.parts[0]!.value = { remainder: { assumptions: [{ en: "a", ar: "أ" }] } }
    expect(issues(b)).toEqual(["columns[3].parts: a level can have at most one remainder part"])
    nyt.parts[0]!.value = { series: "ncmec-online-enticement-reports", period: "2025-H1" }
    expect(issues(b)).toEqual([
      "columns[3].parts[1]: the other parts add up to more than the level (-33720 left): the split claims more than the total",
    ])
  })

  it("a number with only low-confidence sources, and references that do not resolve", () => {
    const b = def("cybertipline-2023-2024")
    b.columns[5] = {
      kind: "level",
      label: { en: "x", ar: "س" },
      value: { series: "ncmec-cybertipline-reports", period: "2025", variant: "digital-harm-reading" },
    }
    expect(issues(b)).toEqual([
      "columns[5].value: ncmec-cybertipline-reports has no verified or medium-confidence figure for 2025 (digital-harm-reading)",
    ])
    const c = def("enticement-2023-2024")
    c.events = ["no-such-event"]
    c.columns[0] = { ...c.columns[0]!, caveatId: "no-such-caveat" } as Bridge["columns"][number]
    expect(issues(c)).toEqual([
      'columns[0].caveatId: unknown caveat "no-such-caveat"',
      'events[0]: unknown event "no-such-event"',
    ])
  })
})

describe("data:check names the bridges file, the field and the reason", () => {
  it("rejects a percentage bridge and a second bridge for one figure", () => {
    const raw = rawCopy()
    const bridges = raw.bridges.data as Bridge[]
    bridges.push({ ...structuredClone(bridges[0]!), id: "second" })
    const result = validateDataset(raw)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toEqual([
      {
        file: "data/bridges.json",
        path: "[4].figure",
        message: 'figure "cybertipline" already has a bridge (at [0])',
      },
    ])
  })

  it("rejects a bridge that does not start with a level", () => {
    const raw = rawCopy()
    const bridges = raw.bridges.data as Bridge[]
    bridges[0]!.columns[0] = {
      kind: "step",
      label: { en: "x", ar: "س" },
      value: { notSplit: { en: "x", ar: "س" } },
    }
    const result = validateDataset(raw)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues).toEqual([
      { file: "data/bridges.json", path: "[0].columns[0]", message: "a bridge starts with a level" },
    ])
  })
})
