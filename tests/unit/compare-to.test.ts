import { describe, expect, it } from "vitest"
import { isValidTo, toAfterFromChange, toOptions } from "@/lib/url/compare-to"
import { resolveCompareView } from "@/lib/url/compare-query"
import { getDataset } from "@/lib/data/dataset"

// The periods of CyberTipline reports related to generative AI, years and halves mixed, in the order the
// controls list them (comparePeriods: a year before its own halves).
const PERIODS = ["2023", "2024", "2024-H1", "2025-H1"]
const options = PERIODS.map((id) => ({ id, label: id }))

describe("the To select of /compare offers only periods after From", () => {
  it.each([
    [null, ["2023", "2024", "2024-H1", "2025-H1"]],
    ["2023", ["2024"]],
    ["2024", []],
    ["2024-H1", ["2025-H1"]],
    ["2025-H1", []],
  ] as const)("From %s → To offers %j", (from, expected) => {
    expect(toOptions(options, from).map((p) => p.id)).toEqual(expected)
  })

  // The URL may hold anything (/compare?from=%3Cscript%3E): the page drops such a From with a note.
  it("offers every period for a From that is not one of them", () => {
    expect(toOptions(options, "<script>").map((p) => p.id)).toEqual(PERIODS)
    expect(toOptions(options, "2019").map((p) => p.id)).toEqual(PERIODS)
    expect(isValidTo("<script>", "2024")).toBe(false)
  })

  it("keeps the options' labels", () => {
    expect(toOptions([{ id: "2024", label: "2024 (year)" }], "2023")).toEqual([
      { id: "2024", label: "2024 (year)" },
    ])
  })

  it("offers exactly the pairs the page compares without a fallback note", () => {
    const dataset = getDataset()
    const q = { source: null, series: "ncmec-genai-reports", adjusted: true }
    for (const from of PERIODS)
      for (const to of PERIODS) {
        const notes = resolveCompareView(dataset, { ...q, from, to }).notes.map((n) => n.key)
        expect(isValidTo(from, to), `${from} → ${to}`).toBe(notes.length === 0)
      }
  })
})

describe("To after a change of From", () => {
  it.each([
    // Still after From and of its kind: kept.
    [["2021", "2022", "2023", "2024"], "2021", "2024", { to: "2024", change: "kept" }],
    // Nothing chosen, or From cleared: nothing to check.
    [["2021", "2022", "2023", "2024"], "2022", null, { to: null, change: "kept" }],
    [["2021", "2022", "2023", "2024"], null, "2022", { to: "2022", change: "kept" }],
    // At or before the new From: the next period after it.
    [["2021", "2022", "2023", "2024"], "2023", "2022", { to: "2024", change: "moved" }],
    [["2021", "2022", "2023", "2024"], "2022", "2022", { to: "2023", change: "moved" }],
    // A half-year after a year: the year nearest it in time.
    [["2022", "2023", "2024", "2025-H1"], "2022", "2025-H1", { to: "2024", change: "moved" }],
    // No period may follow From.
    [["2021", "2022", "2023", "2024"], "2024", "2023", { to: null, change: "cleared" }],
    [["2023", "2024", "2024-H1", "2025-H1"], "2023", "2025-H1", { to: "2024", change: "moved" }],
    [["2023", "2024", "2024-H1", "2025-H1"], "2024", "2025-H1", { to: null, change: "cleared" }],
  ] as const)("%j: From %s with To %s → %j", (periods, from, to, expected) => {
    expect(toAfterFromChange(periods, from, to)).toEqual(expected)
  })

  it("moves a To that is not a period to the next period after From", () => {
    expect(toAfterFromChange(["2021", "2022", "2023"], "2021", "<script>")).toEqual({
      to: "2022",
      change: "moved",
    })
  })

  it("moves a year To after a half-year From to the same half", () => {
    expect(toAfterFromChange(["2023-H1", "2024", "2024-H1", "2024-H2"], "2023-H1", "2024")).toEqual({
      to: "2024-H1",
      change: "moved",
    })
  })
})
