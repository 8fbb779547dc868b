import { describe, expect, it } from "vitest"
import { citationFields, formatCitation, formatReadDate } from "@/lib/format/citation"
import { getDataset } from "@/lib/data/dataset"
import { outsideArabicSubset } from "@/lib/format/font-subsets"
import type { Citation, PrimaryCitation } from "@/lib/data/schema"

const page: PrimaryCitation = {
  kind: "primary",
  publisher: { en: "IWF (staging page)", ar: "IWF (صفحة تجريبية)" },
  url: "https://uat.iwf.org.uk/",
  quote: "Bulgaria / 87,959 / 28% / 9% / +19%",
  confidence: "low",
  read: "2026-03-12",
}

function allCitations(value: unknown): Citation[] {
  if (Array.isArray(value)) return value.flatMap(allCitations)
  if (!value || typeof value !== "object") return []
  const o = value as Record<string, unknown>
  const own = o.kind === "primary" || o.kind === "gta2025" ? [o as Citation] : []
  return [...own, ...Object.values(o).flatMap(allCitations)]
}

describe("a page's citation", () => {
  it("grades its source in the reader's words (words.citation)", () => {
    expect(citationFields(page, "ar", "").confidence).toBe("منخفضة")
    expect(formatCitation(page, "en")).toBe(
      "IWF (staging page), https://uat.iwf.org.uk/: “Bulgaria / 87,959 / 28% / 9% / +19%” (confidence: low, read 12 March 2026)",
    )
    expect(formatCitation(page, "ar")).toBe(
      "IWF (صفحة تجريبية), https://uat.iwf.org.uk/: “Bulgaria / 87,959 / 28% / 9% / +19%” (درجة الثقة: منخفضة، تاريخ الاطلاع: 12 مارس 2026)",
    )
  })
})

describe("the date a page was read", () => {
  it("reads as a day, month and year in each language, with the app's Latin digits in Arabic", () => {
    expect(formatReadDate(page, "en")).toBe("read 12 March 2026")
    expect(formatReadDate(page, "ar")).toBe("تاريخ الاطلاع: 12 مارس 2026")
  })

  it("says so where the date is only the latest it can be", () => {
    const bound = { ...page, read: "2026-11-28", readOnOrBefore: true as const }
    expect(formatReadDate(bound, "en")).toBe("read on or before 28 November 2026")
    expect(formatReadDate(bound, "ar")).toBe("تاريخ الاطلاع: 28 نوفمبر 2026 أو قبله")
  })

  it("travels in the one-line citation that CSV and JSON exports carry", () => {
    expect(formatCitation(page, "en")).toBe(
      "IWF (staging page), https://uat.iwf.org.uk/: “Bulgaria / 87,959 / 28% / 9% / +19%” (confidence: low, read 12 March 2026)",
    )
    expect(formatCitation(page, "ar")).toContain("(درجة الثقة: منخفضة، تاريخ الاطلاع: 12 مارس 2026)")
  })

  it("is given for every primary citation in the dataset, and its Arabic is inside the font subset", () => {
    const dataset = getDataset()
    const primary = allCitations([
      dataset.observations,
      dataset.caveats,
      dataset.events,
      dataset.context,
    ]).filter((c): c is PrimaryCitation => c.kind === "primary")
    expect(primary.length).toBeGreaterThan(100)
    for (const c of primary) {
      expect(c.read <= dataset.meta.updated).toBe(true)
      expect(formatReadDate(c, "en")).toMatch(/^read (on or before )?\d{1,2} [A-Z][a-z]+ \d{4}$/)
    }
    const arabic = primary.map((c) => formatReadDate(c, "ar")).join(" ")
    expect(outsideArabicSubset(arabic)).toEqual([])
  })
})
