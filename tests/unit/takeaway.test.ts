import { describe, expect, it } from "vitest"
import { getDataset } from "@/lib/data/dataset"
import { FIGURE_IDS } from "@/lib/charts/figure-defs"
import { keyIn, plainTranslatorFor, translatorFor } from "@/lib/i18n/translate"
import { buildExplainerExamples, buildTakeaway } from "@/lib/analysis/takeaway"
import ar from "@/messages/ar.json"
import en from "@/messages/en.json"

const CATALOGUES = { en, ar }

const dataset = getDataset()

describe("takeaway sentences", () => {
  for (const locale of ["en", "ar"] as const) {
    const t = translatorFor(locale, "takeaway")
    it.each(FIGURE_IDS)(
      `%s (${locale}) states what was reported, with no prevalence claim and no unfilled slot`,
      (id) => {
        const s = buildTakeaway(dataset, id, locale, t)
        expect(s).not.toMatch(/prevalen|انتشار/i)
        expect(s).not.toMatch(/more children (are|were) (being )?(abused|exploited|harmed)/i)
        expect(s).not.toMatch(/[{}]/)
        expect(s).toMatch(/\d/)
      },
    )
  }

  it("puts the like-for-like change beside the raw one for the CyberTipline", () => {
    const s = buildTakeaway(dataset, "cybertipline", "en", translatorFor("en", "takeaway"))
    expect(s).toContain("36,210,368 in 2023 to 20.5 million in 2024 (−43%)")
    expect(s).toContain("the fall is 19% (to about 29.2 million, assuming 2023 had no bundling)")
    // A cause no stronger than the GTA 2025 names it ("likely contributed"), and no claim about harm.
    expect(s).toContain("Meta's default end-to-end encryption likely contributed")
    expect(s).toContain("Neither count says how many children were harmed.")
  })

  it("computes INHOPE's change without SafeNet Bulgaria from the data", () => {
    const s = buildTakeaway(dataset, "inhope", "en", translatorFor("en", "takeaway"))
    expect(s).toContain("(+218%)")
    expect(s).toContain("Without it the 2024 total would be about 900,000 (range 850,000 to 950,000)")
    expect(s).toContain("the change without it cannot be measured")
    expect(s).not.toMatch(/897,438|\+14%/)
  })

  // The words of the takeaways make claims about the data; these hold them to it, so that a revised
  // figure that made a sentence false would fail here instead of misleading a briefing.
  describe("every claim a takeaway makes holds in the data", () => {
    const value = (series: string, period: string) =>
      dataset.observations.find((o) => o.seriesId === series && o.period === period && !o.variant)!.value
    it("enticement: January–June 2024 alone exceeded all of 2023, and July–December was lower", () => {
      const e = "ncmec-online-enticement-reports"
      expect(value(e, "2024-H1")).toBeGreaterThan(value(e, "2023"))
      expect(value(e, "2024-H2")).toBeLessThan(value(e, "2024-H1"))
      const s = buildTakeaway(dataset, "enticement", "en", translatorFor("en", "takeaway"))
      expect(s).toContain("January–June 2024 alone (292,951) already exceeded all of 2023")
      expect(s).toContain(
        "July–December 2024 was lower than January–June, at about 253,000 (range 253,000 to 253,400)",
      )
      expect(s).not.toMatch(/made reporting them mandatory/)
    })

    it("financial sextortion: the 2024 rate does not fit NCMEC's own half-year counts", () => {
      const f = "ncmec-financial-sextortion-reports"
      const perDayH1 = value(f, "2024-H1") / 182
      // "Nearly 100 a day" over the year would need July–December above January–June 2025's rate.
      const neededH2 = (100 * 366 - value(f, "2024-H1")) / 184
      expect(perDayH1).toBeLessThan(70)
      expect(neededH2).toBeGreaterThan(value(f, "2025-H1") / 181)
      const s = buildTakeaway(dataset, "sextortion", "en", translatorFor("en", "takeaway"))
      expect(s).toContain("so the 2024 total is not known")
    })

    it("generative AI: the one contributor is named, with the confidence of its source", () => {
      const s = buildTakeaway(dataset, "genai", "en", translatorFor("en", "takeaway"))
      expect(s).toContain("about 380,000 of the 2025 reports came from one company, Amazon")
      expect(s).toContain("(medium confidence)")
      const ar = buildTakeaway(dataset, "genai", "ar", translatorFor("ar", "takeaway"))
      expect(ar).toContain("Amazon")
      expect(ar).toContain("380,000")
    })
  })

  // The explainer panel and the deck's slide translate an example's message by a key read from the data
  // (keyIn): each reading marked for the explainer must name one of its messages.
  it("names an explainer message for every reading marked for the explainer", () => {
    const marked = dataset.figures.flatMap((f) => f.readings.filter((r) => r.explainer))
    expect(marked.length).toBeGreaterThan(0)
    for (const r of marked) expect(keyIn("explainer", r.message)).toBe(r.message)
    expect(() => keyIn("explainer", "no-such-message")).toThrow(/no message explainer\.no-such-message/)
    expect(() => keyIn("briefing", "builder")).toThrow()
  })

  it("computes the explainer's three examples from the data", () => {
    const { examples, years } = buildExplainerExamples(dataset, "en", (verdict) => verdict)
    expect(years).toBe("2024")
    expect(examples.map((e) => e.id)).toEqual(["cybertipline", "enticement", "inhope"])
    const v = Object.fromEntries(examples.map((e) => [e.id, e.values]))
    expect(v.cybertipline).toMatchObject({
      change: "−43%",
      changeUnsigned: "43%",
      incidentChange: "−19%",
      incidentChangeUnsigned: "19%",
      verdict: "not-comparable",
    })
    expect(v.inhope).toMatchObject({ change: "+218%", safenet: "1.6 million", verdict: "caution" })
    expect(v.enticement).toMatchObject({ change: "+192%", verdict: "caution" })
  })

  // After "fell"/«انخفضت بنسبة» a signed value is a double negative ("fell −43%"): the explainer states
  // each change unsigned after its verb, and a verb that no longer matched the data would fail here.
  it("states the explainer's changes unsigned after their verbs, in both languages", () => {
    const text = (locale: "en" | "ar") => {
      const tc = translatorFor(locale, "compare")
      const te = plainTranslatorFor(locale, "explainer")
      const { examples } = buildExplainerExamples(dataset, locale, (v) => tc(`verdict.${v}`))
      return Object.fromEntries(examples.map((e) => [e.id, te(e.message, e.values)]))
    }
    const en = text("en")
    const ar = text("ar")
    expect(en.cybertipline).toContain("reports fell 43% (Not comparable), but incidents fell 19%:")
    expect(en.inhope).toContain("reports rose 218% (Read with caution)")
    expect(en.enticement).toContain("reports rose 192% (Read with caution)")
    expect(ar.cybertipline).toContain(
      "انخفضت البلاغات بنسبة 43% (غير قابل للمقارنة)، لكن الحوادث انخفضت بنسبة 19%:",
    )
    expect(ar.inhope).toContain("ارتفعت البلاغات بنسبة 218% (يُقرأ بحذر)")
    expect(ar.enticement).toContain("ارتفعت البلاغات بنسبة 192% (يُقرأ بحذر)")
    const ta = buildTakeaway(dataset, "cybertipline", "ar", translatorFor("ar", "takeaway"))
    expect(ta).toContain("لكن الانخفاض بحساب الحوادث يبلغ 19% (إلى")
  })
})

describe("readings in data/figures.json", () => {
  // A reading's words name the years it explains; data/figures.json says which change that is. If the two
  // disagreed, a takeaway would explain one year with another year's causes.
  it("each reading's message names the year of the change it is bound to, in both languages", () => {
    for (const f of getDataset().figures) {
      for (const r of f.readings) {
        const year = r.to.slice(0, 4)
        for (const locale of ["en", "ar"] as const) {
          const text = (CATALOGUES[locale].takeaway as Record<string, string>)[r.message]
          expect(text, `${f.id} ${r.message} ${locale}`).toBeDefined()
          expect(text, `${f.id} ${r.message} ${locale}`).toContain(year)
          // An explainer example needs its own message; its year is in the panel's intro (examplesFrom).
          if (r.explainer)
            expect((CATALOGUES[locale].explainer as Record<string, string>)[r.message]).toBeDefined()
        }
      }
    }
  })
})
