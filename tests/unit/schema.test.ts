import { describe, expect, it } from "vitest"
import { observationSchema, periodSchema } from "@/lib/schema"
import { validateDataset, type DataIssue } from "@/lib/validate"
import { firstObservation, rawCopy } from "./fixtures"

const cite = {
  kind: "primary",
  publisher: { en: "NCMEC", ar: "NCMEC" },
  url: "https://www.missingkids.org/",
  quote: "a quote",
  confidence: "high",
} as const

const base = {
  seriesId: "ncmec-cybertipline-reports",
  period: "2023",
  value: 1,
  status: "reported",
  citations: [cite],
}

function issuesOf(mutate: (raw: ReturnType<typeof rawCopy>) => void): DataIssue[] {
  const raw = rawCopy()
  mutate(raw)
  const result = validateDataset(raw)
  return result.ok ? [] : result.issues
}

describe("observation schema", () => {
  it("accepts a cited observation", () => {
    expect(observationSchema.safeParse(base).success).toBe(true)
  })

  it("rejects an observation without a citation", () => {
    const r = observationSchema.safeParse({ ...base, citations: [] })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.path).toEqual(["citations"])
    expect(r.error?.issues[0]?.message).toMatch(/at least one citation/)
  })

  it.each(["2024-H3", "24", "2024-Q1", "2024-h1", "2024 ", ""])(
    "rejects the malformed period %j",
    (period) => {
      expect(periodSchema.safeParse(period).success).toBe(false)
      expect(observationSchema.safeParse({ ...base, period }).success).toBe(false)
    },
  )

  it.each(["2023", "2024-H1", "2025-H2"])("accepts the period %s", (period) => {
    expect(periodSchema.safeParse(period).success).toBe(true)
  })

  it("rejects a negative value", () => {
    const r = observationSchema.safeParse({ ...base, value: -5 })
    expect(r.error?.issues[0]?.path).toEqual(["value"])
  })

  it("rejects an implied value without its arithmetic", () => {
    const r = observationSchema.safeParse({ ...base, status: "implied" })
    expect(r.error?.issues[0]?.path).toEqual(["arithmetic"])
  })

  it("rejects a citation without its quote", () => {
    const r = observationSchema.safeParse({ ...base, citations: [{ ...cite, quote: "" }] })
    expect(r.error?.issues[0]?.path).toEqual(["citations", 0, "quote"])
  })

  it("rejects an unknown field rather than silently dropping it", () => {
    expect(observationSchema.safeParse({ ...base, vaule: 3 }).success).toBe(false)
  })
})

describe("dataset validation across files", () => {
  it("accepts the real dataset", () => {
    expect(issuesOf(() => {})).toEqual([])
  })

  it("reports a dangling series reference with file and path", () => {
    const issues = issuesOf((raw) => {
      firstObservation(raw).seriesId = "no-such-series"
    })
    expect(issues).toContainEqual({
      file: "data/observations/ncmec.json",
      path: "[0].seriesId",
      message: 'unknown series "no-such-series"',
    })
  })

  it("reports a caveat that names an unknown series", () => {
    const issues = issuesOf((raw) => {
      const caveats = raw.caveats.data as { appliesTo: { seriesIds: unknown } }[]
      caveats[3]!.appliesTo.seriesIds = ["ghost-series"]
    })
    expect(issues).toContainEqual(
      expect.objectContaining({ file: "data/caveats.json", path: "[3].appliesTo.seriesIds[0]" }),
    )
  })

  it("reports a percent share over 100", () => {
    const issues = issuesOf((raw) => {
      const obs = raw.observations.find((f) => f.file.endsWith("iwf.json"))!.data as Record<string, unknown>[]
      const share = obs.find((o) => o.seriesId === "iwf-hosting-share")!
      share.value = 101
    })
    expect(issues.some((i) => /at most 100/.test(i.message) && i.file === "data/observations/iwf.json")).toBe(
      true,
    )
  })

  it("reports country shares of one period that add up to more than 100", () => {
    const issues = issuesOf((raw) => {
      const obs = raw.observations.find((f) => f.file.endsWith("iwf.json"))!.data as Record<string, unknown>[]
      obs.find(
        (o) => o.seriesId === "iwf-hosting-share" && o.country === "NL" && o.period === "2024",
      )!.value = 95
    })
    expect(issues.some((i) => /add up to .* over 100/.test(i.message))).toBe(true)
  })

  it("reports a duplicate observation", () => {
    const issues = issuesOf((raw) => {
      const rows = raw.observations[0]!.data as unknown[]
      rows.push(structuredClone(rows[0]))
    })
    expect(issues.some((i) => /duplicate observation ncmec-cybertipline-reports 2021/.test(i.message))).toBe(
      true,
    )
  })

  it("reports a duplicate id", () => {
    const issues = issuesOf((raw) => {
      const sources = raw.sources.data as { id: string }[]
      sources[1]!.id = sources[0]!.id
    })
    expect(issues).toContainEqual(expect.objectContaining({ file: "data/sources.json", path: "[1].id" }))
  })

  it("requires a country on a by-country series", () => {
    const issues = issuesOf((raw) => {
      const obs = raw.observations.find((f) => f.file.endsWith("iwf.json"))!.data as Record<string, unknown>[]
      delete obs.find((o) => o.seriesId === "iwf-hosting-share")!.country
    })
    expect(issues.some((i) => /country is required/.test(i.message))).toBe(true)
  })

  it("requires both English and Arabic text on a caveat", () => {
    const issues = issuesOf((raw) => {
      const caveats = raw.caveats.data as { text: { ar?: string } }[]
      delete caveats[0]!.text.ar
    })
    expect(issues).toContainEqual(expect.objectContaining({ file: "data/caveats.json", path: "[0].text.ar" }))
  })
})
