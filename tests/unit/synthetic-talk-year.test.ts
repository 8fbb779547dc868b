import { describe, expect, it, vi } from "vitest"
import { buildFigureSlide, buildHeadline, parseTalkYear } from "@/lib/deck/slides"
import { getDataset } from "@/lib/data/dataset"
import { figureSetting, pairForYear, talkYears } from "@/lib/analysis/figure-year"
import { FIGURE_IDS } from "@/lib/charts/figure-defs"
import { translatorFor } from "@/lib/i18n/translate"
import { SYNTHETIC } from "./synthetic-year"

// The year option on data with two more full years (2025 and 2026) for every figure that follows the
// latest year, added as the README's "How to add a year" says (./synthetic-year.ts, twice): a deck
// about any year picks that year's change with no change to code or messages.
vi.mock("@/lib/data/dataset", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/data/dataset")>()
  const { validateDataset, formatIssue } = await import("@/lib/data/validate")
  const {
    withNextYear,
    SYNTHETIC: { factor: SYNTHETIC_FACTOR },
  } = await import("./synthetic-year")
  const once = withNextYear(real.bundledRawDataset).raw
  // The second year brings its own caveat and event: ids are unique in the dataset.
  for (const list of [once.caveats.data, once.events.data] as Record<string, unknown>[][])
    for (const row of list) if (String(row.id).startsWith("synthetic-")) row.id = `${String(row.id)}-first`
  const twice = withNextYear(once).raw
  // A share grown twice by the factor passes 100 %: it keeps its previous value instead.
  const shares = new Set(
    (twice.series.data as { id: string; unit: string }[])
      .filter((x) => x.unit === "percent")
      .map((x) => x.id),
  )
  for (const file of twice.observations)
    for (const row of file.data as { seriesId: string; period: string; value: number }[])
      if (row.period === "2026" && shares.has(row.seriesId) && row.value > 100)
        row.value = Math.round(row.value / SYNTHETIC_FACTOR)
  const result = validateDataset(twice)
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"))
  return { ...real, getDataset: () => result.dataset }
})

const dataset = getDataset()
const following = FIGURE_IDS.filter((id) => !figureSetting(dataset, id).headline.to)
const t = translatorFor("en", "briefing")

describe("the year a talk is about, on data with a synthetic 2025 and 2026", () => {
  it("offers 2026, and no year after it", () => {
    expect(talkYears(dataset)).toEqual([2022, 2023, 2024, 2025, 2026])
    expect(parseTalkYear("2026", talkYears(dataset))).toEqual({ year: 2026 })
    expect(parseTalkYear("2027", talkYears(dataset)).invalid).toBe("2027")
  })

  it.each([
    [2026, "2025→2026"],
    [2025, "2024→2025"],
    [2024, "2023→2024"],
  ])("%s: every figure that follows the latest year compares %s", (year, expected) => {
    for (const id of following) {
      const p = pairForYear(dataset, id, year)!
      expect(`${p.from}→${p.to}`, id).toBe(expected)
    }
  })

  it("keeps sextortion's pinned half-years for 2025 and 2026, and leaves them for 2024", () => {
    expect(pairForYear(dataset, "sextortion", 2026)).toEqual({ from: "2024-H1", to: "2025-H1" })
    expect(pairForYear(dataset, "sextortion", 2025)).toEqual({ from: "2024-H1", to: "2025-H1" })
    expect(pairForYear(dataset, "sextortion", 2024)).toEqual({ from: "2023", to: "2024" })
  })

  it("leads a 2026 slide with the new year and its caveat; a 2025 slide with 2025 and what came after", () => {
    for (const id of following) {
      expect(buildHeadline(dataset, id, "en", t, 2026).period, id).toBe("2026")
      expect(buildFigureSlide(dataset, id, "en", t, (v) => v, 2026).notes.join(" "), id).toContain(
        SYNTHETIC.title.en,
      )
      const slide = buildFigureSlide(dataset, id, "en", t, (v) => v, 2025)
      expect(slide.headline!.period, id).toBe("2025")
      expect(slide.takeaway, id).toContain("Published since then: 2026.")
    }
  })
})
