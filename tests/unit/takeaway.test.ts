import { describe, expect, it } from "vitest"
import { getDataset } from "@/lib/dataset"
import { FIGURE_IDS } from "@/lib/figures"
import { translatorFor } from "@/lib/i18n/translate"
import { buildExplainerValues, buildTakeaway } from "@/lib/takeaway"

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
    expect(s).toContain("36,210,368 in 2023 to about 20.5 million in 2024 (−43%)")
    expect(s).toContain("the fall is −19%")
    expect(s).toContain("not fewer children harmed")
  })

  it("computes INHOPE's change without SafeNet Bulgaria from the data", () => {
    const s = buildTakeaway(dataset, "inhope", "en", translatorFor("en", "takeaway"))
    expect(s).toContain("(+218%)")
    expect(s).toContain("about 897,438 (+14%)")
  })

  it("computes the explainer's three examples from the data", () => {
    const v = buildExplainerValues(dataset, "en", (verdict) => verdict)
    expect(v.cybertipline).toMatchObject({
      change: "−43%",
      incidentChange: "−19%",
      verdict: "not-comparable",
    })
    expect(v.inhope).toMatchObject({ change: "+218%", safenet: "1.6 million", verdict: "caution" })
    expect(v.enticement).toMatchObject({ change: "+192%", verdict: "caution" })
  })
})
