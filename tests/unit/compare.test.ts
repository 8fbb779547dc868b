import { describe, expect, it } from "vitest"
import { allComparisons, compare, pointsChange, SMALL_BASE } from "@/lib/analysis/compare"
import { getDataset } from "@/lib/data/dataset"
import type { Observation } from "@/lib/data/schema"

const dataset = getDataset()

// Every real pair in the dataset and its verdict. A new caveat or figure that changes a verdict fails
// here until this table is updated on purpose: verdicts are never changed by accident.
const VERDICTS: Record<string, string> = {
  "ncmec-cybertipline-reports:2021:2022": "comparable",
  "ncmec-cybertipline-reports:2022:2023": "comparable",
  "ncmec-cybertipline-reports:2023:2024": "not-comparable",
  "ncmec-cybertipline-incidents:2023:2024": "caution",
  "ncmec-files-reported:2021:2022": "comparable",
  "ncmec-files-reported:2022:2023": "comparable",
  "ncmec-files-reported:2023:2024": "caution",
  "ncmec-genai-reports:2023:2024": "caution",
  "ncmec-genai-reports:2024-H1:2025-H1": "caution",
  "ncmec-online-enticement-reports:2021:2022": "comparable",
  "ncmec-online-enticement-reports:2022:2023": "comparable",
  "ncmec-online-enticement-reports:2023:2024": "caution",
  "ncmec-online-enticement-reports:2024-H1:2025-H1": "caution",
  "ncmec-financial-sextortion-reports:2022:2023": "comparable",
  "ncmec-financial-sextortion-reports:2023:2024": "not-comparable",
  "ncmec-financial-sextortion-reports:2024-H1:2025-H1": "caution",
  "ncmec-unknown-location-share:2021:2022": "comparable",
  "ncmec-unknown-location-share:2022:2023": "comparable",
  "ncmec-unknown-location-share:2023:2024": "not-comparable",
  "inhope-reports:2022:2023": "comparable",
  "inhope-reports:2023:2024": "caution",
  "inhope-illegal-reports:2022:2023": "comparable",
  "inhope-illegal-reports:2023:2024": "caution",
  "inhope-illegal-share:2022:2023": "comparable",
  "inhope-illegal-share:2023:2024": "caution",
  "inhope-forum-share:2023:2024": "caution",
  "inhope-new-content-share:2023:2024": "caution",
  "inhope-victims-girls-share:2023:2024": "caution",
  "inhope-victims-prepubescent-share:2023:2024": "caution",
  "iwf-reports-assessed:2023:2024": "comparable",
  "iwf-reports-confirmed:2023:2024": "caution",
  "iwf-hosting-share:2023:2024:BG": "comparable",
  "iwf-hosting-share:2023:2024:CH": "comparable",
  "iwf-hosting-share:2023:2024:DE": "comparable",
  "iwf-hosting-share:2023:2024:HK": "comparable",
  "iwf-hosting-share:2021:2022:NL": "comparable",
  "iwf-hosting-share:2022:2023:NL": "comparable",
  "iwf-hosting-share:2023:2024:NL": "comparable",
  "iwf-hosting-share:2023:2024:RO": "comparable",
  "iwf-hosting-share:2023:2024:US": "comparable",
  "iwf-eu-hosted-share:2023:2024": "caution",
  "iwf-eu-hosted-reports:2023:2024": "caution",
  "iwf-ai-csam-reports:2023:2024": "comparable",
  "iwf-sextortion-reports:2023:2024": "comparable",
  "iwf-sextortion-reports:2024-H1:2025-H1": "comparable",
  "iwf-sextortion-boys-share:2023:2024": "caution",
}

const find = (id: string) => allComparisons(dataset).find((c) => c.id === id)!
const obs = (seriesId: string, period: string) =>
  dataset.observations.find(
    (o) => o.seriesId === seriesId && o.period === period && !o.variant && !o.country,
  )!

describe("comparability verdicts", () => {
  it("gives every real pair the verdict in the table, and no pair is missing from it", () => {
    expect(Object.fromEntries(allComparisons(dataset).map((c) => [c.id, c.verdict]))).toEqual(VERDICTS)
  })

  it("calls CyberTipline reports 2023→2024 not comparable because of bundling, with incidents as the like-for-like alternative", () => {
    const c = find("ncmec-cybertipline-reports:2023:2024")
    expect(c.reasons[0]!.id).toBe("ncmec-bundling-2024")
    expect(c.percent).toBeCloseTo(-43.4, 1)
    expect(c.likeForLike?.id).toBe("ncmec-cybertipline-incidents:2023:2024")
    expect(c.likeForLike?.percent).toBeCloseTo(-19.4, 1)
    expect(c.likeForLike?.verdict).toBe("caution")
  })

  it("shows INHOPE 2023→2024 with caution, and its total without SafeNet Bulgaria with no change", () => {
    const c = find("inhope-reports:2023:2024")
    expect(c.reasons.map((r) => r.id)).toContain("safenet-bulgaria-2024")
    // 2,497,438 − 1.6 million: two significant figures, spanning 1.55–1.65 million.
    expect(c.adjusted?.to.value).toBe(900_000)
    expect(c.adjusted?.to.range).toEqual({ low: 850_000, high: 950_000 })
    // SafeNet's 2023 share is not published: no change without it is computed.
    expect(c.adjusted?.changeKnown).toBe(false)
    expect(c.adjusted?.percent).toBeNull()
    expect(c.adjusted?.absolute).toBeNull()
  })

  it("gives no precise percent where a figure is a range, and no verdict where its direction is unknown", () => {
    const c = find("ncmec-financial-sextortion-reports:2023:2024")
    expect(c.percent).toBeNull()
    // 26,718 → 11,625…37,000: from −56% to +38%.
    expect(c.range?.low).toBeCloseTo(-56.5, 1)
    expect(c.range?.high).toBeCloseTo(38.5, 1)
    expect(c.range?.directionKnown).toBe(false)
    expect(c.verdict).toBe("not-comparable")
  })

  it("gives a change between shares as the points its bounds allow, where one share is a range", () => {
    // IWF's EU-hosted share: 2023 is implied (50–52 %), 2024 is 62 %.
    const c = find("iwf-eu-hosted-share:2023:2024")
    expect(c.pointsRange).toEqual({ low: 10, high: 12, directionKnown: true })
    expect(c.verdict).toBe("caution")
  })

  it("names the one-off contributor of every 2024 INHOPE share it dominates", () => {
    for (const id of ["inhope-illegal-share:2023:2024", "inhope-new-content-share:2023:2024"]) {
      expect(find(id).reasons.map((r) => r.id)).toContain("safenet-bulgaria-2024")
    }
  })

  it("flags enticement 2023→2024 for the REPORT Act and the approximate 2024 figure", () => {
    const c = find("ncmec-online-enticement-reports:2023:2024")
    expect(c.reasons.map((r) => r.id)).toContain("report-act-2024")
    expect(c.uncertain).toEqual([{ period: "2024", status: "approximate" }])
  })

  it("cautions whenever either value is approximate, implied or preliminary, even without a caveat", () => {
    const c = find("iwf-sextortion-boys-share:2023:2024")
    expect(c.reasons).toEqual([])
    expect(c.uncertain).toEqual([{ period: "2024", status: "implied" }])
    expect(c.verdict).toBe("caution")
  })
})

describe("the half-year rule", () => {
  it("compares a half-year only with the same half of another year", () => {
    const pairs = allComparisons(dataset).filter(
      (c) => c.from.period.includes("-H") || c.to.period.includes("-H"),
    )
    expect(pairs.length).toBeGreaterThan(0)
    for (const c of pairs) expect(c.from.period.slice(4), c.id).toBe(c.to.period.slice(4))
  })

  it("refuses to compare a half-year with a full year", () => {
    expect(() =>
      compare(dataset, obs("ncmec-genai-reports", "2024"), obs("ncmec-genai-reports", "2025-H1")),
    ).toThrow(/not like periods/)
  })
})

describe("the small-base rule", () => {
  it(`shows no percent when the earlier count is under ${SMALL_BASE}`, () => {
    const c = find("iwf-ai-csam-reports:2023:2024")
    expect(c.smallBase).toBe(true)
    expect(c.percent).toBeNull()
    expect(c.absolute).toBe(194)
  })

  it("gives shares a change in points, never a percent of a percent", () => {
    const c = find("inhope-illegal-share:2023:2024")
    expect(c.percent).toBeNull()
    expect(c.points).toBe(-4)
  })

  it("shows the percent for large bases", () => {
    expect(find("iwf-reports-assessed:2023:2024").percent).toBeCloseTo(8.0, 1)
  })
})

it("never compares across series", () => {
  const a = obs("iwf-reports-assessed", "2023") as Observation
  const b = obs("iwf-reports-confirmed", "2024") as Observation
  expect(() => compare(dataset, a, b)).toThrow(/cannot compare/)
})

describe("a change between two shares, in percentage points", () => {
  it("is given at the precision of the less precise share", () => {
    // 61 % is rounded to the whole point, so 61 − 8.79 is a rise of 52 points, not 52.21.
    expect(pointsChange(8.79, 61)).toBe(52)
    expect(pointsChange(69, 65)).toBe(-4)
    expect(pointsChange(4.1, 3.8)).toBeCloseTo(-0.3, 10)
  })

  it("keeps the finer precision where the coarser would show no change", () => {
    expect(pointsChange(4, 4.1)).toBeCloseTo(0.1, 10)
    expect(pointsChange(50, 50)).toBe(0)
  })
})
