import { describe, expect, it } from "vitest"
import {
  contextFigureSchema,
  observationSchema,
  periodSchema,
  seriesSchema,
  significantFigures,
} from "@/lib/data/schema"
import { validateDataset, type DataIssue } from "@/lib/data/validate"
import { firstObservation, rawCopy } from "./fixtures"

const cite = {
  kind: "primary",
  publisher: { en: "NCMEC", ar: "NCMEC" },
  url: "https://www.missingkids.org/",
  quote: "a quote",
  confidence: "high",
  read: "2026-12-01",
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

  const implied = {
    ...base,
    status: "implied",
    arithmetic: { en: "100 × 366", ar: "100 × 366" },
    assumptions: [{ en: "Assumes the rate held all year.", ar: "يفترض أن المعدل استمر طوال العام." }],
  }

  it("rejects an implied value without the assumptions it rests on", () => {
    const r = observationSchema.safeParse({ ...implied, assumptions: undefined })
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["assumptions", "an implied value must list the assumptions it rests on"],
    ])
  })

  it("accepts an implied value with its arithmetic and assumptions", () => {
    expect(observationSchema.safeParse(implied).success).toBe(true)
  })

  it("requires a range and a precision for an implied value from hedged inputs", () => {
    const r = observationSchema.safeParse({ ...implied, qualifier: "nearly", value: 37_000 })
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["range", "significantFigures"])
  })

  it("rejects a range that does not contain its value, or runs backwards", () => {
    const outside = observationSchema.safeParse({
      ...implied,
      value: 40_000,
      range: { low: 11_625, high: 37_000 },
    })
    expect(outside.error?.issues[0]?.message).toBe("value 40000 lies outside its range 11625–37000")
    const backwards = observationSchema.safeParse({
      ...implied,
      value: 20_000,
      range: { low: 37_000, high: 11_625 },
    })
    expect(backwards.error?.issues[0]?.message).toBe("low must be below high")
  })

  it("rejects a range with nothing said about what it rests on", () => {
    const r = observationSchema.safeParse({ ...base, range: { low: 0, high: 2 } })
    expect(r.error?.issues[0]?.path).toEqual(["assumptions"])
  })

  it("rejects a value more precise than its inputs allow", () => {
    // "Nearly 100 a day" × 366 = 36,600: three figures from a two-figure rate.
    const r = observationSchema.safeParse({
      ...implied,
      qualifier: "nearly",
      value: 36_600,
      significantFigures: 2,
      range: { low: 11_625, high: 37_000 },
    })
    expect(r.error?.issues[0]?.message).toBe("36600 has 3 significant figures; its inputs allow 2")
  })

  it("counts significant figures as a reader would", () => {
    expect(significantFigures(36_600)).toBe(3)
    expect(significantFigures(900_000)).toBe(1)
    expect(significantFigures(0.95)).toBe(2)
    expect(significantFigures(11_625)).toBe(5)
    expect(significantFigures(0)).toBe(1)
  })

  it("rejects a citation without its quote", () => {
    const r = observationSchema.safeParse({ ...base, citations: [{ ...cite, quote: "" }] })
    expect(r.error?.issues[0]?.path).toEqual(["citations", 0, "quote"])
  })

  it("rejects an unknown field rather than silently dropping it", () => {
    expect(observationSchema.safeParse({ ...base, vaule: 3 }).success).toBe(false)
  })
})

describe("what report counts miss (context figures)", () => {
  const figure = {
    id: "told-helpline-or-police",
    kind: "disclosure",
    value: 3,
    format: "percent",
    status: "approximate",
    qualifier: "about",
    measure: { en: "told a helpline or the police", ar: "أبلغوا خط مساعدة أو الشرطة" },
    population: { en: "of children", ar: "من الأطفال" },
    study: { en: "Disrupting Harm", ar: "Disrupting Harm" },
    citations: [cite],
  }
  it("accepts a cited figure in its own unit", () => {
    expect(contextFigureSchema.safeParse(figure).success).toBe(true)
  })
  it("rejects a percent over 100, an implied value without arithmetic, and a figure without a citation", () => {
    expect(contextFigureSchema.safeParse({ ...figure, value: 140 }).error?.issues[0]?.message).toBe(
      "a percent must be at most 100",
    )
    expect(contextFigureSchema.safeParse({ ...figure, status: "implied" }).error?.issues[0]?.path).toEqual([
      "arithmetic",
    ])
    expect(contextFigureSchema.safeParse({ ...figure, citations: [] }).success).toBe(false)
  })
  it("has the real dataset's figures, each kind present and every one cited", () => {
    const { context } = rawCopy() as unknown as {
      context: { data: { kind: string; citations: unknown[] }[] }
    }
    expect(new Set(context.data.map((f) => f.kind))).toEqual(
      new Set(["survey", "disclosure", "concentration"]),
    )
    for (const f of context.data) expect(f.citations.length).toBeGreaterThan(0)
  })
})

describe("dataset validation across files", () => {
  it("lets a range bound be more precise than the value only where the series reports that figure", () => {
    const sextortion2024 = (raw: ReturnType<typeof rawCopy>) =>
      (raw.observations[0]!.data as Record<string, unknown>[]).find(
        (o) => o.seriesId === "ncmec-financial-sextortion-reports" && o.period === "2024",
      ) as { range: { low: number; high: number } }
    // 11,625 is the series' own January–June 2024 count: allowed.
    expect(issuesOf(() => {})).toEqual([])
    const issues = issuesOf((raw) => {
      sextortion2024(raw).range.low = 11_624
    })
    expect(issues).toEqual([
      {
        file: "data/observations/ncmec.json",
        path: expect.stringMatching(/^\[\d+\]\.range\.low$/),
        message:
          "11624 has more significant figures than the 2 its inputs allow, and is not a figure the series reports",
      },
    ])
  })

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

describe("data/figures.json: what each figure is about", () => {
  type Figures = {
    id: string
    headline: Record<string, unknown>
    readings: { values: Record<string, Record<string, string>> }[]
  }[]
  const figures = (raw: ReturnType<typeof rawCopy>) => raw.figures.data as Figures

  it("is valid as shipped", () => {
    expect(issuesOf(() => {})).toEqual([])
  })

  it("lists every figure once", () => {
    const issues = issuesOf((raw) => {
      raw.figures.data = figures(raw).filter((f) => f.id !== "iwf")
    })
    expect(issues).toContainEqual({
      file: "data/figures.json",
      path: "(root)",
      message: 'figure "iwf" must appear once (found 0)',
    })
  })

  it("pins a comparison only with both periods and a reason readers are told", () => {
    const issues = issuesOf((raw) => {
      const f = figures(raw).find((x) => x.id === "cybertipline")!
      f.headline.from = "2022"
      f.headline.to = "2023"
    })
    expect(issues).toContainEqual({
      file: "data/figures.json",
      path: "[0].headline.why",
      message: "a pinned comparison needs its reason",
    })
  })

  it("never lets a reading quote a figure that is missing or only reported elsewhere", () => {
    const issues = issuesOf((raw) => {
      const f = figures(raw).find((x) => x.id === "cybertipline")!
      // 2025's total is known only second-hand (low confidence): it may be listed, never quoted.
      f.readings[0]!.values.to = { series: "ncmec-cybertipline-reports", period: "2025" }
      f.readings[0]!.values.change = { change: "ncmec-cybertipline-reports", from: "2023", to: "2019" }
    })
    expect(issues).toEqual([
      {
        file: "data/figures.json",
        path: "[0].readings[0].values.to",
        message: "ncmec-cybertipline-reports has no drawable figure for 2025",
      },
      {
        file: "data/figures.json",
        path: "[0].readings[0].values.change",
        message: "ncmec-cybertipline-reports has no drawable figure for 2019",
      },
    ])
  })
})

/** The first primary citation of the first observations file's observations. */
function firstPrimary(raw: ReturnType<typeof rawCopy>): Record<string, unknown> {
  const rows = raw.observations[0]!.data as { citations: Record<string, unknown>[] }[]
  return rows.flatMap((o) => o.citations).find((c) => c.kind === "primary")!
}

describe("the date a primary page was read", () => {
  it("is required on every primary citation", () => {
    const unread: Record<string, unknown> = { ...cite }
    delete unread.read
    const r = observationSchema.safeParse({ ...base, citations: [unread] })
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.path).toEqual(["citations", 0, "read"])
  })

  it.each(["2026-02-30", "2026-13-01", "2026-11-31", "1 December 2026", "2026-12", ""])(
    "rejects %j, which is not a real date YYYY-MM-DD",
    (read) => {
      const r = observationSchema.safeParse({ ...base, citations: [{ ...cite, read }] })
      expect(r.error?.issues[0]?.path).toEqual(["citations", 0, "read"])
      expect(r.error?.issues[0]?.message).toMatch(/date the page was read/)
    },
  )

  it("accepts a leap day, and a bound only as `true`", () => {
    const ok = { ...cite, read: "2024-02-29", readOnOrBefore: true }
    expect(observationSchema.safeParse({ ...base, citations: [ok] }).success).toBe(true)
    const r = observationSchema.safeParse({ ...base, citations: [{ ...cite, readOnOrBefore: false }] })
    expect(r.success).toBe(false)
  })

  it("is never after the dataset's updated date, wherever the citation sits", () => {
    const raw = rawCopy()
    const updated = (raw.meta.data as { updated: string }).updated
    const primary = firstPrimary(raw)
    primary.read = "2099-01-01"
    const caveat = (raw.caveats.data as { citations: Record<string, unknown>[] }[]).find((c) =>
      c.citations.some((x) => x.kind === "primary"),
    )!
    caveat.citations.find((x) => x.kind === "primary")!.read = "2099-01-02"
    const result = validateDataset(raw)
    expect(result.ok).toBe(false)
    const issues = result.ok ? [] : result.issues.filter((i) => /read/.test(i.message))
    expect(issues).toHaveLength(2)
    expect(issues.map((i) => [i.file, i.message])).toEqual(
      expect.arrayContaining([
        [raw.observations[0]!.file, `read 2099-01-01 is after the dataset's updated date ${updated}`],
        [raw.caveats.file, `read 2099-01-02 is after the dataset's updated date ${updated}`],
      ]),
    )
    expect(issues.every((i) => i.path.endsWith(".read"))).toBe(true)
  })

  it("may be the dataset's updated date itself", () => {
    const raw = rawCopy()
    const updated = (raw.meta.data as { updated: string }).updated
    firstPrimary(raw).read = updated
    expect(validateDataset(raw).ok).toBe(true)
  })
})

describe("a series' title for one country (countryTitle)", () => {
  const base = {
    id: "x-share",
    sourceId: "iwf",
    title: { en: "Share of URLs, by hosting country", ar: "نسبة الروابط حسب بلد الاستضافة" },
    unit: "percent",
    dimension: "country",
    definition: { en: "A share.", ar: "نسبة." },
  }
  const countryTitle = { en: "Share of URLs hosted in {country}", ar: "نسبة الروابط المستضافة في {country}" }

  it("is accepted for a series by country with {country} in both languages", () => {
    expect(seriesSchema.safeParse({ ...base, countryTitle }).success).toBe(true)
  })

  it("names the field where {country} is missing or the series is not by country", () => {
    const missing = seriesSchema.safeParse({ ...base, countryTitle: { ...countryTitle, ar: "نسبة الروابط" } })
    expect(missing.success).toBe(false)
    expect(missing.error!.issues[0]!.path).toEqual(["countryTitle"])
    expect(missing.error!.issues[0]!.message).toBe("needs {country} in both languages")
    const notByCountry = seriesSchema.safeParse({ ...base, dimension: "none", countryTitle })
    expect(notByCountry.success).toBe(false)
    expect(notByCountry.error!.issues[0]!.path).toEqual(["countryTitle"])
  })
})
