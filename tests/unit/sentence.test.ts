import { describe, expect, it } from "vitest"
import { allComparisons, compare } from "@/lib/analysis/compare"
import { resolveCompareView } from "@/lib/url/compare-query"
import { getDataset } from "@/lib/data/dataset"
import { translatorFor } from "@/lib/i18n/translate"
import { buildComparisonSentence, formatChangeLabel } from "@/lib/analysis/sentence"

const dataset = getDataset()
const byId = (id: string) => allComparisons(dataset).find((c) => c.id === id)!
const sentence = (id: string, locale: "en" | "ar" = "en") =>
  buildComparisonSentence(dataset, byId(id), locale, translatorFor(locale, "compare"))

describe("the copy-ready sentence", () => {
  it("says what changed, that it is not comparable and why, the like-for-like change, and the source", () => {
    const s = sentence("ncmec-cybertipline-reports:2023:2024")
    expect(s).toMatch(
      /^CyberTipline reports fell from 36,210,368 \(2023\) to 20\.5 million \(2024\), a decrease of about 15\.7 million \(43%\)\./,
    )
    // Caveat titles are quoted as titles, so no second colon and no capital in mid-sentence.
    expect(s).toContain(
      "The two figures are not comparable. The reasons: “2024: related reports bundled into one”; “Meta's default end-to-end encryption (December 2023)”;",
    )
    // The series' own reading caveat travels with the sentence.
    expect(s).toContain("Read it knowing: “A few companies make most CyberTipline reports”.")
    expect(s).toContain(
      "Like for like, CyberTipline incidents (reports unbundled) changed by about −7 million (−19%).",
    )
    expect(s).toContain("Assumptions behind the 2023 figure: Assumes no bundling in 2023:")
    expect(s).toContain(
      "Report volumes reflect detection and reporting capacity, not how many children were harmed.",
    )
    // Every source can be looked up: its address and the date it was read, and the GTA spelled out.
    expect(s).toContain(
      "Source: NCMEC (OJJDP transparency report, CY 2023), https://www.missingkids.org/content/dam/missingkids/pdfs/OJJDP-NCMEC-Transparency-CY-2023-Report.pdf, read on or before 28 November 2026;",
    )
    expect(s).toContain(
      "; WeProtect Global Alliance, Global Threat Assessment 2025 (GTA 2025), footnote 12. ",
    )
    // With no glossary beside it, the sentence spells out its abbreviations, once, at its end.
    expect(s).toMatch(
      / Abbreviations: NCMEC: National Center for Missing & Exploited Children; OJJDP: Office of Juvenile Justice and Delinquency Prevention \(US Department of Justice\); CY: calendar year\.$/,
    )
  })

  it("gives INHOPE's total without its one-off contributor, its assumptions, and no change", () => {
    const s = sentence("inhope-reports:2023:2024")
    expect(s).toContain(
      "Without INHOPE reports contributed by SafeNet Bulgaria, the 2024 total would be about 900,000 (range 850,000 to 950,000), but no change can be measured. Assumes SafeNet Bulgaria's 1.6 million are in the same unit as INHOPE's 2,497,438 records;",
    )
    expect(s).not.toMatch(/\+14%|897,438/)
  })

  it("gives a change between shares as a span of points where one share is a range", () => {
    const s = sentence("iwf-eu-hosted-share:2023:2024")
    expect(s).toContain("rose from 51% (range 50% to 52%) (2023) to 62% (2024).")
    expect(s).toContain("the change lies between +10 and +12 percentage points.")
    expect(
      formatChangeLabel(byId("iwf-eu-hosted-share:2023:2024"), "en", translatorFor("en", "compare")),
    ).toBe("+10 to +12 percentage points")
  })

  it("gives a change between a figure and a range as what it is: direction unknown", () => {
    const s = sentence("ncmec-financial-sextortion-reports:2023:2024")
    // No verb says it rose: the range runs from a fall to a rise.
    expect(s).toMatch(
      /^Financial sextortion reports: 26,718 \(2023\) and nearly 37,000 \(range 11,625 to 37,000\) \(2024\)\./,
    )
    expect(s).not.toMatch(/\b(rose|fell)\b/)
    expect(s).toContain("not even the direction of the change is known.")
    expect(s).toContain("Assumptions behind the 2024 figure: Assumes the GTA 2025's 'nearly 100 a day'")
    expect(s).not.toMatch(/\+3[78]%/)
  })

  // As the card does: the absolute change alone, and why no percentage stands beside it.
  it("states no percent on a small base, but the absolute change and why", () => {
    expect(sentence("iwf-ai-csam-reports:2023:2024")).toMatch(
      /^IWF reports of AI-generated CSAM rose from 51 \(2023\) to 245 \(2024\), an increase of 194 \(no percentage is given: the earlier figure is under 1,000\)\. /,
    )
    expect(sentence("iwf-sextortion-reports:2023:2024", "ar")).toMatch(
      /^انخفضت بلاغات IWF التي تضمنت ابتزازًا جنسيًا من 176 \(2023\) إلى 175 \(2024\)، بانخفاض قدره 1 \(دون نسبة مئوية، لأن الرقم الأول أقل من 1,000\)\. /,
    )
  })

  it("states shares in percentage points", () => {
    expect(sentence("inhope-illegal-share:2023:2024")).toContain(
      "fell from 69% (2023) to 65% (2024), a decrease of 4 percentage points.",
    )
  })

  it("names values that are not plain reported figures", () => {
    expect(sentence("ncmec-financial-sextortion-reports:2023:2024")).toContain("The 2024 figure is implied.")
  })

  it("never claims prevalence, in either language", () => {
    for (const c of allComparisons(dataset)) {
      for (const locale of ["en", "ar"] as const) {
        const s = buildComparisonSentence(dataset, c, locale, translatorFor(locale, "compare"))
        expect(s).not.toMatch(/prevalen|انتشار|[{}]/i)
      }
    }
  })

  it("is written in Arabic for the Arabic edition", () => {
    expect(sentence("ncmec-cybertipline-reports:2023:2024", "ar")).toMatch(
      /^انخفضت بلاغات CyberTipline من 36,210,368 \(2023\) إلى 20\.5 مليون \(2024\)، بانخفاض قدره نحو 15\.7 مليون \(43%\)\./,
    )
  })

  // A direction verb and a signed value say the direction twice; for a fall, a double negative
  // («انخفضت … بنسبة −43%»). After rose/fell the sentence gives the size in words, unsigned.
  it("states a change after its verb unsigned, in words that agree with the verb, in both languages", () => {
    expect(sentence("ncmec-cybertipline-reports:2022:2023")).toMatch(
      /^CyberTipline reports rose from 32,059,029 \(2022\) to 36,210,368 \(2023\), an increase of 4,151,339 \(13%\)\./,
    )
    expect(sentence("ncmec-cybertipline-reports:2022:2023", "ar")).toMatch(
      /^ارتفعت بلاغات CyberTipline من 32,059,029 \(2022\) إلى 36,210,368 \(2023\)، بزيادة قدرها 4,151,339 \(13%\)\./,
    )
    expect(sentence("inhope-illegal-share:2023:2024", "ar")).toContain(
      "من 69% (2023) إلى 65% (2024)، بانخفاض قدره 4 نقاط مئوية.",
    )
    // Arabic counts one and two with the noun's own forms, not the digit.
    expect(sentence("inhope-illegal-share:2022:2023", "ar")).toContain("، بزيادة قدرها نقطة مئوية واحدة.")
    expect(sentence("inhope-illegal-share:2022:2023")).toContain(", an increase of 1 percentage point.")
    for (const c of allComparisons(dataset)) {
      for (const locale of ["en", "ar"] as const) {
        const first = buildComparisonSentence(dataset, c, locale, translatorFor(locale, "compare")).split(
          /\. /,
        )[0]
        expect(first, c.id).not.toMatch(/[+−]\d|\u2066/)
      }
    }
  })
})

describe("the copied sentence carries the absolute change, as the card does", () => {
  // The card shows "about −15.7 million (−43%)"; the sentence says the same after its verb, unsigned.
  it.each([
    [
      "ncmec-cybertipline-reports:2021:2022",
      "en",
      "CyberTipline reports rose from 29,397,681 (2021) to 32,059,029 (2022), an increase of 2,661,348 (9.1%).",
    ],
    [
      "ncmec-cybertipline-reports:2021:2022",
      "ar",
      "ارتفعت بلاغات CyberTipline من 29,397,681 (2021) إلى 32,059,029 (2022)، بزيادة قدرها 2,661,348 (9.1%).",
    ],
    [
      "ncmec-files-reported:2023:2024",
      "en",
      "Files reported to the CyberTipline fell from 105,653,162 (2023) to 62.9 million (2024), a decrease of about 42.8 million (40%).",
    ],
    [
      "ncmec-files-reported:2023:2024",
      "ar",
      "انخفضت الملفات المبلغ عنها إلى CyberTipline من 105,653,162 (2023) إلى 62.9 مليون (2024)، بانخفاض قدره نحو 42.8 مليون (40%).",
    ],
    [
      "ncmec-online-enticement-reports:2023:2024",
      "en",
      "Online enticement reports rose from 186,819 (2023) to more than 546,000 (2024), an increase of more than 359,000 (more than 192%).",
    ],
    [
      // A later figure that is a lower bound makes the change a lower bound too: "more than", not "about".
      "ncmec-online-enticement-reports:2023:2024",
      "ar",
      "ارتفعت بلاغات الإغواء عبر الإنترنت من 186,819 (2023) إلى أكثر من 546,000 (2024)، بزيادة قدرها أكثر من 359,000 (أكثر من 192%).",
    ],
  ] as const)("%s (%s)", (id, locale, expected) => {
    expect(sentence(id, locale).startsWith(`${expected} `)).toBe(true)
  })

  it("keeps a share's change in percentage points, with no second absolute figure", () => {
    const s = sentence("inhope-illegal-share:2023:2024")
    expect(s).toContain("fell from 69% (2023) to 65% (2024), a decrease of 4 percentage points. ")
    expect(s).not.toContain("(4")
  })

  it("gives the like-for-like change with its absolute change, in both languages", () => {
    expect(sentence("ncmec-cybertipline-reports:2023:2024", "ar")).toContain(
      "وبالمقياس القابل للمقارنة، تغيّرت حوادث CyberTipline (البلاغات بعد فك التجميع) بمقدار نحو \u2066−7\u2069",
    )
  })

  it("gives a span of absolute change beside the span of percent where one figure is a range", () => {
    const obs = (period: string) =>
      dataset.observations.find(
        (o) => o.seriesId === "ncmec-cybertipline-reports" && o.period === period && !o.variant,
      )!
    // 29,397,681 (2021) to a made-up 32 million with a range of 31 to 33 million (2022): the change runs
    // from 1.6 to 3.6 million, to the million the range is given to, and from +5.45% to +12.25%.
    const b = { ...obs("2022"), value: 32_000_000, range: { low: 31_000_000, high: 33_000_000 } }
    const c = compare(dataset, obs("2021"), b)
    expect(buildComparisonSentence(dataset, c, "en", translatorFor("en", "compare"))).toContain(
      " One figure is a range, so the change lies between +2 million and +4 million (+5.5% to +12%). ",
    )
    expect(buildComparisonSentence(dataset, c, "ar", translatorFor("ar", "compare"))).toContain(
      " أحد الرقمين مدًى، فالتغيّر يتراوح من \u2066+2\u2069 مليون إلى \u2066+4\u2069 ملايين (من \u2066+5.5%\u2069 إلى \u2066+12%\u2069). ",
    )
  })
})

describe("the short change label on cards, figures and slides", () => {
  const label = (id: string, locale: "en" | "ar" = "en") =>
    formatChangeLabel(byId(id), locale, translatorFor(locale, "compare"))

  it("is a percentage for counts, points for shares, and the absolute change on a small base", () => {
    expect(label("ncmec-cybertipline-reports:2023:2024")).toBe("−43%")
    expect(label("inhope-illegal-share:2023:2024")).toBe("−4 percentage points")
    expect(label("iwf-ai-csam-reports:2023:2024")).toBe("+194")
  })

  it("keeps an Arabic change's sign in front of its number, isolated left to right (U+2066 … U+2069)", () => {
    expect(label("ncmec-cybertipline-reports:2023:2024", "ar")).toBe("\u2066−43%\u2069")
    expect(label("ncmec-cybertipline-reports:2023:2024", "en")).toBe("−43%")
  })

  it("has no English words in the Arabic edition", () => {
    expect(label("inhope-illegal-share:2023:2024", "ar")).not.toMatch(/[A-Za-z]/)
  })
})

describe("the compare view from the URL", () => {
  const q = { source: null, series: null, from: null, to: null, adjusted: true }

  it("shows every consecutive like pair by default", () => {
    const view = resolveCompareView(dataset, q)
    expect(view.comparisons).toHaveLength(allComparisons(dataset).length)
    expect(view.notes).toEqual([])
  })

  it("shows exactly the comparison a link names", () => {
    const view = resolveCompareView(dataset, {
      ...q,
      series: "ncmec-online-enticement-reports",
      from: "2023",
      to: "2024",
    })
    expect(view.comparisons.map((c) => [c.id, c.verdict])).toEqual([
      ["ncmec-online-enticement-reports:2023:2024", "caution"],
    ])
  })

  it("compares any two like periods, not only consecutive ones", () => {
    const view = resolveCompareView(dataset, {
      ...q,
      series: "ncmec-cybertipline-reports",
      from: "2021",
      to: "2024",
    })
    expect(view.comparisons[0]).toMatchObject({
      id: "ncmec-cybertipline-reports:2021:2024",
      verdict: "not-comparable",
    })
  })

  it.each([
    [{ series: "nope" }, "series"],
    [{ source: "unicef" }, "source"],
    [{ series: "ncmec-genai-reports", from: "2019" }, "period"],
    [{ series: "ncmec-genai-reports", from: "2024", to: "2025-H1" }, "notLike"],
    [{ series: "ncmec-genai-reports", from: "2024", to: "2023" }, "order"],
    [{ from: "2023" }, "needPair"],
  ])("falls back with a note for %j", (params, key) => {
    const view = resolveCompareView(dataset, { ...q, ...params })
    expect(view.notes.map((n) => n.key)).toContain(key)
    expect(view.comparisons.length).toBeGreaterThan(0)
  })

  it("filters by source", () => {
    const view = resolveCompareView(dataset, { ...q, source: "iwf" })
    expect(view.comparisons.every((c) => c.seriesId.startsWith("iwf-"))).toBe(true)
  })
})

describe("percentage points take the plural their number needs", () => {
  // Arabic counts 3–10 with the plural «نقاط»; 1, 2 and 11 up keep «نقطة» after a numeral. English has
  // "1 percentage point" and "4 percentage points".
  const label = (points: number, locale: "en" | "ar") =>
    formatChangeLabel(
      { points, pointsRange: undefined, range: undefined, percent: null, absolute: points } as never,
      locale,
      translatorFor(locale, "compare"),
    )
  it.each([
    [1, "en", "+1 percentage point"],
    [-4, "en", "−4 percentage points"],
    [0.5, "en", "+0.5 percentage points"],
    [-4, "ar", "\u2066−4\u2069 نقاط مئوية"],
    [10, "ar", "\u2066+10\u2069 نقاط مئوية"],
    [1, "ar", "\u2066+1\u2069 نقطة مئوية"],
    [12, "ar", "\u2066+12\u2069 نقطة مئوية"],
  ] as const)("%s (%s) → %s", (points, locale, expected) => {
    expect(label(points, locale)).toBe(expected)
  })
})

describe("hosting and share sentences keep what the figure measures", () => {
  it("a hosting-share sentence says hosting is not where offenders or victims are, in both languages", () => {
    const c = allComparisons(dataset).find((x) => x.seriesId === "iwf-hosting-share" && x.country === "BG")!
    const en = buildComparisonSentence(dataset, c, "en", translatorFor("en", "compare"))
    // The series for one country as a subject (data/series.json countryTitle), not its title and a bracket.
    expect(en).toMatch(
      /^Share of URLs IWF actioned that were hosted in Bulgaria rose from 6% \(2023\) to 9% \(2024\)/,
    )
    expect(en).toContain("Read it knowing: “Hosting location is not where offenders or victims are”.")
    const ar = buildComparisonSentence(dataset, c, "ar", translatorFor("ar", "compare"))
    expect(ar).toMatch(/^ارتفعت نسبة الروابط التي اتخذت IWF إجراءً بشأنها والمستضافة في بلغاريا من 6% /)
    expect(ar).toContain("يُقرأ الرقم مع مراعاة: «مكان الاستضافة ليس مكان الجناة أو الضحايا».")
  })
})
