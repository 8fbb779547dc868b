import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { footnoteLabel, formatCitation, gtaName } from "@/lib/format/citation"
import { formatPeriod } from "@/lib/format/time"
import { formatObservation, formatQualified, formatValue } from "@/lib/format/values"
import type { GtaCitation } from "@/lib/data/schema"

// The words lib/ code puts around numbers, dates and citations live in the catalogues' "words" namespace
// (messages/en.json, ar.json), not in code. The expected texts here are written out, not computed.

const code = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts"))
    .map((f) => {
      const text = readFileSync(join(dir, f), "utf8")
      // Comments may quote the words; only code counts.
      return { file: join(dir, f), code: text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "") }
    })

describe("words in lib/format and lib/analysis", () => {
  const files = [...code("lib/format"), ...code("lib/analysis")]

  it("has no per-locale table of words: only punctuation and codes stay in code", () => {
    const tables = files.flatMap(({ file, code }) =>
      [...code.matchAll(/(\w+)(?::\s*Record<Locale\b|\s*=\s*\{\s*en:)/g)].map((m) => `${file}: ${m[1]}`),
    )
    // The comma is typography; the others are for programs: BibTeX's language names, date-fns's locales
    // (its month names) and Intl's number locales.
    expect(tables.sort()).toEqual([
      "lib/format/cite-fields.ts: BIB_LANGUAGE",
      "lib/format/dates.ts: DATE_LOCALES",
      "lib/format/numbers.ts: NUMBER_LOCALE",
      "lib/format/values.ts: COMMA",
    ])
  })

  it("has no Arabic word in its code, only Arabic punctuation (، ؛)", () => {
    const arabic = files.filter(({ code }) => /[\u0621-\u064A]/.test(code)).map(({ file }) => file)
    expect(arabic).toEqual([])
  })
})

describe("the words namespace", () => {
  it("words millions, with Arabic's plural for 3 to 10", () => {
    expect(formatValue(20_500_000, "reports", "en")).toBe("20.5 million")
    expect(formatValue(7_000_000, "reports", "ar")).toBe("7 ملايين")
    expect(formatValue(1_600_000, "reports", "ar")).toBe("1.6 مليون")
  })

  it("hedges a value and words its range", () => {
    expect(formatQualified(546_000, "reports", "en", "more-than")).toBe("more than 546,000")
    expect(formatQualified(100, "reports", "ar", "nearly")).toBe("ما يقرب من 100")
    const o = {
      seriesId: "s",
      period: "2024",
      value: 37_000,
      status: "approximate" as const,
      qualifier: "nearly" as const,
      range: { low: 11_625, high: 37_000 },
      citations: [],
    }
    expect(formatObservation(o, "reports", "en")).toBe("nearly 37,000 (range 11,625 to 37,000)")
    expect(formatObservation(o, "reports", "ar")).toBe("ما يقرب من 37,000 (المدى من 11,625 إلى 37,000)")
  })

  it("names the half-years", () => {
    expect(formatPeriod("2024-H1", "en")).toBe("Jan–Jun 2024")
    expect(formatPeriod("2024-H2", "ar")).toBe("يوليو–ديسمبر 2024")
  })

  it("words a GTA 2025 citation's footnotes and locator", () => {
    expect(footnoteLabel([12], "en")).toBe("footnote 12")
    expect(footnoteLabel([12, 14], "ar")).toBe("الحواشي 12، 14")
    expect(footnoteLabel([], "ar")).toBe("دون حاشية")
    expect(gtaName("ar")).toBe("التحالف العالمي WeProtect، تقييم التهديدات العالمية 2025 (النسخة العربية)")
    const gta: GtaCitation = { kind: "gta2025", footnotes: [12], seedLine: 340, section: "S", quote: "Q" }
    expect(formatCitation(gta, "en")).toBe(
      "WeProtect Global Alliance, Global Threat Assessment 2025 (Arabic edition), footnote 12, «S», line 340: «Q»",
    )
  })
})
