import { describe, expect, it } from "vitest"
import {
  buildFigureSlide,
  buildHeadline,
  buildNotes,
  deckYearChoices,
  parseTalkYear,
} from "@/lib/deck/slides"
import { buildFigureSpec } from "@/lib/charts/spec"
import { getChartContent } from "@/lib/charts/content"
import { getDataset } from "@/lib/data/dataset"
import { deckPath, deckPptxHref, deckPresenterPath } from "@/lib/deck/url"
import { figurePair, laterPeriods, pairForYear, talkYears } from "@/lib/analysis/figure-year"
import { FIGURE_IDS, type FigureId } from "@/lib/charts/figure-defs"
import { translatorFor } from "@/lib/i18n/translate"
import type { Locale } from "@/lib/data/schema"
import { buildExplainerExamples, buildTakeaway } from "@/lib/analysis/takeaway"

const dataset = getDataset()
const tb = (l: Locale) => translatorFor(l, "briefing")
const tk = (l: Locale) => translatorFor(l, "takeaway")
const pairs = (year: number | undefined) =>
  Object.fromEntries(
    FIGURE_IDS.map((id) => {
      const p = pairForYear(dataset, id, year)
      return [id, p ? `${p.from}→${p.to}` : null]
    }),
  )

// Fixed from data/observations/*.json and data/figures.json: which drawable figures each headline series
// has (unverified ones never count), and sextortion's pinned January–June 2024 → January–June 2025.
describe("the pair each figure compares for the year a talk is about", () => {
  it("offers 2022–2025: the years in which some figure's change ends", () => {
    expect(talkYears(dataset)).toEqual([2022, 2023, 2024, 2025])
  })

  it("2022: only the figures with two full years by then", () => {
    expect(pairs(2022)).toEqual({
      cybertipline: "2021→2022",
      genai: null,
      enticement: "2021→2022",
      sextortion: null,
      hosting: "2021→2022",
      inhope: null,
      iwf: null,
    })
  })

  it("2023: genai (counted from 2023) and IWF (from 2023) have nothing to compare", () => {
    expect(pairs(2023)).toEqual({
      cybertipline: "2022→2023",
      genai: null,
      enticement: "2022→2023",
      sextortion: "2022→2023",
      hosting: "2022→2023",
      inhope: "2022→2023",
      iwf: null,
    })
  })

  it("2024: every figure 2023→2024; sextortion's pinned January–June 2025 is outside the year", () => {
    expect(pairs(2024)).toEqual(Object.fromEntries(FIGURE_IDS.map((id) => [id, "2023→2024"])))
  })

  it("2025: the default deck (2025 full years are known only second-hand; sextortion's pin is in 2025)", () => {
    expect(pairs(2025)).toEqual(pairs(undefined))
    expect(pairs(2025)).toMatchObject({ cybertipline: "2023→2024", sextortion: "2024-H1→2025-H1" })
  })

  it("a year after every figure's data is the latest pair; a year before all of it is none", () => {
    expect(pairs(2030)).toEqual(pairs(undefined))
    expect(Object.values(pairs(2021)).every((p) => p === null)).toBe(true)
  })

  it("without a year, figurePair is today's rule", () => {
    for (const id of FIGURE_IDS) expect(figurePair(dataset, id, undefined)).toEqual(figurePair(dataset, id))
    expect(() => figurePair(dataset, "genai", 2023)).toThrow(/up to 2023/)
  })

  it("tells a 2024 talk that January–June 2025 exists", () => {
    expect(laterPeriods(dataset, "sextortion", 2024)).toEqual({
      drawn: ["2025-H1"],
      unverified: [],
      year: 2025,
    })
    expect(buildTakeaway(dataset, "sextortion", "en", tk("en"), 2024)).toContain(
      "2025 so far: Jan–Jun 2025 only.",
    )
    expect(buildTakeaway(dataset, "enticement", "en", tk("en"), 2024)).toContain(
      "2025 so far: Jan–Jun 2025 only; a full-year total reported elsewhere is not yet verified.",
    )
  })

  it("tells a 2023 talk which full years came since, then what the latest year holds", () => {
    expect(buildTakeaway(dataset, "enticement", "en", tk("en"), 2023)).toContain(
      "Published since then: 2024. 2025 so far: Jan–Jun 2025 only; a full-year total reported elsewhere is not yet verified.",
    )
    expect(buildTakeaway(dataset, "inhope", "ar", tk("ar"), 2023)).toContain("ونُشر بعد ذلك: 2024.")
  })
})

describe("parsing ?year=", () => {
  const years = talkYears(dataset)
  it.each([
    ["2024", { year: 2024 }],
    ["2022", { year: 2022 }],
    [undefined, { year: undefined }],
    ["", { year: undefined }],
  ])("%s → %j", (raw, expected) => expect(parseTalkYear(raw, years)).toEqual(expected))

  it.each(["2021", "2026", "abc", "2024x", " 2024", "02024", "2024.0", "-2024"])(
    "ignores %j and says which value it ignored",
    (raw) => expect(parseTalkYear(raw, years)).toEqual({ year: undefined, invalid: raw }),
  )

  it("cuts a long value to 40 characters", () => {
    expect(parseTalkYear("9".repeat(100), years).invalid).toHaveLength(40)
  })
})

describe("the deck with and without a year", () => {
  for (const locale of ["en", "ar"] as const) {
    it(`is today's deck without one (${locale})`, () => {
      for (const id of FIGURE_IDS) {
        const slide = buildFigureSlide(dataset, id, locale, tb(locale), (v) => v)
        expect(slide.takeaway).toBe(getChartContent(dataset, { kind: "figure", id }, locale)!.takeaway)
        expect(slide.yearNote).toBeUndefined()
        expect(slide.headline).not.toBeNull()
      }
      expect(buildExplainerExamples(dataset, locale, (v) => v, undefined)).toEqual(
        buildExplainerExamples(dataset, locale, (v) => v),
      )
    })
  }

  it("leads a 2024 deck with 2024, sextortion included, without the pin's reason", () => {
    for (const id of FIGURE_IDS)
      expect(buildHeadline(dataset, id, "en", tb("en"), 2024).period, id).toBe("2024")
    const h = buildHeadline(dataset, "sextortion", "en", tb("en"), 2024)
    expect(h).toMatchObject({ value: "nearly 37,000 (range 11,625 to 37,000)", change: "change not known" })
    expect(h.why).toBeUndefined()
    expect(buildHeadline(dataset, "sextortion", "en", tb("en")).why).toMatch(/^NCMEC published no count/)
  })

  it("leads a 2023 deck with 2023, from data where no reading was written for 2022→2023", () => {
    const h = buildHeadline(dataset, "cybertipline", "en", tb("en"), 2023)
    expect(h).toMatchObject({ value: "36,210,368", period: "2023", change: "+13%" })
    expect(buildFigureSlide(dataset, "cybertipline", "en", tb("en"), (v) => v, 2023).takeaway).toMatch(
      /^CyberTipline reports: 32,059,029 in 2022, 36,210,368 in 2023 \(\+13%; comparable\)\./,
    )
  })

  it("keeps a figure with nothing to compare, and says so plainly on its slide", () => {
    const slide = buildFigureSlide(dataset, "iwf", "en", tb("en"), (v) => v, 2023)
    expect(slide.headline).toBeNull()
    expect(slide.takeaway).toBe(
      "IWF reports confirmed (actioned): nothing to compare for 2023, because no two consecutive years up to 2023 have a figure. Its first change that can be measured is 2023 to 2024.",
    )
    expect(slide.notes[0]).toBe(slide.takeaway)
    const ar = buildFigureSlide(dataset, "genai", "ar", tb("ar"), (v) => v, 2023)
    expect(ar.takeaway).toContain("لا شيء للمقارنة في عام 2023")
    expect(ar.takeaway).toContain("وأول تغيّر يمكن قياسه فيه من 2023 إلى 2024.")
  })

  it("says on the slide when a figure's change ends before the deck's year", () => {
    const slide = buildFigureSlide(dataset, "cybertipline", "en", tb("en"), (v) => v, 2025)
    expect(slide.yearNote).toBe("Nothing for 2025 can be compared yet; 2023 to 2024 is the latest change.")
    expect(slide.notes).toContain(slide.yearNote)
    expect(buildFigureSlide(dataset, "sextortion", "en", tb("en"), (v) => v, 2025).yearNote).toBeUndefined()
  })

  it("offers the builder every year's pairs, formatted, and null where there is none", () => {
    const c = deckYearChoices(dataset, "en")
    expect(c.years).toEqual([2022, 2023, 2024, 2025])
    expect(c.pairs.latest!.sextortion).toEqual({ from: "Jan–Jun 2024", to: "Jan–Jun 2025" })
    expect(c.pairs["2024"]!.sextortion).toEqual({ from: "2023", to: "2024" })
    expect(c.pairs["2023"]!.iwf).toBeNull()
  })
})

// One case per verdict, and the change whose direction is unknown: each reads right for its own case.
describe("talking points for each verdict", () => {
  const notesOf = (id: FigureId, locale: Locale, year?: number) =>
    buildFigureSlide(dataset, id, locale, tb(locale), (v) => `[${v}]`, year).notes

  it.each([
    ["hosting", undefined, "comparable", "both figures were counted the same way, so it can be quoted"],
    ["iwf", undefined, "caution", "quote it only with the reasons and qualifications on this slide"],
    ["cybertipline", undefined, "not-comparable", "the two figures were not counted the same way"],
    ["sextortion", 2024, "not-comparable", "Whether it rose or fell is not known"],
  ] as const)("%s (%s): %s", (id, year, verdict, phrase) => {
    expect(buildHeadline(dataset, id, "en", tb("en"), year).comparison.verdict).toBe(verdict)
    const notes = notesOf(id, "en", year)
    expect(notes.join(" ")).toContain(phrase)
    expect(notes.join(" ")).toContain(`[${verdict}]`)
  })

  it("answers “is it getting worse?” for a share as a share, and for a count as a count", () => {
    expect(notesOf("hosting", "en").join(" ")).toContain("this is a share, not a count")
    expect(notesOf("hosting", "en").join(" ")).not.toContain("these are counts of reports")
    expect(notesOf("iwf", "en").join(" ")).toContain("these are counts of reports")
    expect(notesOf("hosting", "ar").join(" ")).toContain("هذه نسبة لا عدد")
  })

  it("never tells the speaker to warn about a change that is comparable", () => {
    const h = buildHeadline(dataset, "cybertipline", "en", tb("en"), 2023)
    expect(h.comparison.verdict).toBe("comparable")
    const notes = buildNotes("x", h, [], "Comparable", tb("en")).join(" ")
    expect(notes).not.toMatch(/say so before|not a trend|rather than/)
  })

  for (const locale of ["en", "ar"] as const)
    it(`leaves no placeholder in any note, for any figure and year (${locale})`, () => {
      for (const year of [undefined, ...talkYears(dataset)])
        for (const id of FIGURE_IDS)
          for (const n of notesOf(id, locale, year)) expect(n, `${id} ${year}`).not.toMatch(/[{}]|undefined/)
    })

  it("names the verdict in Arabic with the verdict-specific sentence", () => {
    expect(notesOf("hosting", "ar").join(" ")).toContain("أُحصي الرقمان بالطريقة نفسها")
    expect(notesOf("iwf", "ar").join(" ")).toContain("لا تستشهد به إلا مع الأسباب")
    expect(notesOf("cybertipline", "ar").join(" ")).toContain("فهو ليس اتجاهًا")
    expect(notesOf("sextortion", "ar", 2024).join(" ")).toContain("لا يُعرف إن كان الرقم قد ارتفع أم انخفض")
  })
})

describe("a built deck's addresses", () => {
  const all = [...FIGURE_IDS]
  it("leaves the default deck at /briefing, so it is the prerendered page", () => {
    expect(deckPath({ locale: "en", figures: all })).toBe("/briefing")
    expect(deckPath({ locale: "ar", figures: all, slide: 1 })).toBe("/ar/briefing")
  })

  it("writes figures, year and slide, in the language's path", () => {
    expect(deckPath({ locale: "en", figures: ["iwf", "genai"], year: 2024 })).toBe(
      "/briefing?figures=iwf,genai&year=2024",
    )
    expect(deckPath({ locale: "ar", figures: all, year: 2023, slide: 4 })).toBe(
      "/ar/briefing?year=2023&slide=4",
    )
  })

  it("opens the presenter's window on the same deck", () => {
    expect(deckPresenterPath({ locale: "ar", figures: ["hosting"], year: 2024, slide: 5 })).toBe(
      "/ar/briefing?figures=hosting&year=2024&view=presenter&slide=5",
    )
    expect(deckPresenterPath({ locale: "en", figures: all })).toBe("/briefing?view=presenter&slide=1")
  })

  it("names the same deck for the .pptx download, figures always, year where chosen", () => {
    expect(deckPptxHref({ locale: "en", figures: ["iwf", "genai"], year: 2024, slide: 3 })).toBe(
      "/api/briefing/pptx?lang=en&figures=iwf,genai&year=2024",
    )
    expect(deckPptxHref({ locale: "ar", figures: all })).toBe(
      `/api/briefing/pptx?lang=ar&figures=${all.join(",")}`,
    )
  })

  it("keeps the projector theme in the deck's addresses, not in the PowerPoint file's", () => {
    const choice = { locale: "en", figures: ["genai"], year: 2024, theme: "projector" } as const
    expect(deckPath(choice)).toBe("/briefing?figures=genai&year=2024&theme=projector")
    expect(deckPresenterPath(choice)).toBe(
      "/briefing?figures=genai&year=2024&theme=projector&view=presenter&slide=1",
    )
    expect(deckPptxHref(choice)).toBe("/api/briefing/pptx?lang=en&figures=genai&year=2024")
  })
})

describe("a deck's chart for the year it is about", () => {
  const periods = (year: number | undefined) =>
    buildFigureSpec(dataset, "hosting", "en", translatorFor("en", "chart"), year).panels.map((p) =>
      [...new Set(p.layers.flatMap((l) => l.points.map((pt) => pt.period)))].sort(),
    )

  // [INHOPE's panel, IWF's panel]: INHOPE's hosting shares are known for 2024 only, so its panel keeps
  // 2024 rather than go empty.
  it("draws hosting's bars for the year's pair, and the default pair without a year", () => {
    expect(periods(undefined)).toEqual([["2024"], ["2023", "2024"]])
    expect(periods(2023)).toEqual([["2024"], ["2022", "2023"]])
    expect(periods(2022)).toEqual([["2024"], ["2021", "2022"]])
    expect(buildFigureSpec(dataset, "hosting", "en", translatorFor("en", "chart"))).toEqual(
      buildFigureSpec(dataset, "hosting", "en", translatorFor("en", "chart"), undefined),
    )
  })
})

describe("a built takeaway for a share", () => {
  it("says what a share measures, not what a report count does", () => {
    const s = buildTakeaway(dataset, "hosting", "en", tk("en"), 2023)
    expect(s).toMatch(
      /^Share of URLs IWF actioned, by hosting country: 32% in 2022, 33% in 2023 \(\+1 percentage point; comparable\)\./,
    )
    expect(s).toContain("a share says how what was detected and reported divides up")
    expect(s).not.toContain("a report count measures")
    expect(buildTakeaway(dataset, "hosting", "ar", tk("ar"), 2023)).toContain("وتبيّن النسبة كيف يتوزع")
  })
})
