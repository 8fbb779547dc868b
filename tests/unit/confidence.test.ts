import { describe, expect, it } from "vitest"
import { buildFigureSpec, buildSeriesSpec, type ChartPoint, type FigureSpec } from "@/lib/charts/spec"
import { allComparisons } from "@/lib/analysis/compare"
import { isDrawable, observationTier } from "@/lib/data/confidence"
import { getDataset } from "@/lib/data/dataset"
import { translatorFor } from "@/lib/i18n/translate"
import type { Citation, Observation } from "@/lib/data/schema"

/** Every mark a figure draws, panel by panel, layer by layer. */
const figurePoints = (spec: FigureSpec): ChartPoint[] =>
  spec.panels.flatMap((p) => p.layers.flatMap((l) => l.points))

const dataset = getDataset()
const primary = (confidence: "high" | "medium" | "low"): Citation => ({
  kind: "primary",
  publisher: { en: "A publisher", ar: "ناشر" },
  url: "https://example.org/",
  quote: "a quote",
  confidence,
  read: "2026-12-01",
})
const gta: Citation = { kind: "gta2025", footnotes: [12], seedLine: 1, section: "s", quote: "q" }
const obs = (citations: Citation[], extra: Partial<Observation> = {}): Observation => ({
  seriesId: "ncmec-cybertipline-reports",
  period: "2025",
  value: 1,
  status: "reported",
  citations,
  ...extra,
})

describe("a figure's confidence tier comes from its citations' grades", () => {
  it.each([
    [[primary("high")], "verified"],
    [[gta], "verified"],
    [[primary("low"), gta], "verified"],
    [[primary("medium")], "medium"],
    [[primary("low"), primary("medium")], "medium"],
    [[primary("low")], "unverified"],
    [[primary("low"), primary("low")], "unverified"],
  ] as const)("%j → %s", (citations, tier) => {
    expect(observationTier(obs([...citations]))).toBe(tier)
  })

  it("draws and compares neither a second reading nor a figure with only low-confidence sources", () => {
    expect(isDrawable(obs([primary("low")]))).toBe(false)
    expect(isDrawable(obs([primary("high")], { variant: "second-reading" }))).toBe(false)
    expect(isDrawable(obs([primary("medium")]))).toBe(true)
  })
})

describe("tiers in charts and comparisons", () => {
  // A synthetic 2025 CyberTipline total known only from an aggregator, as NCMEC's 2025 figures are.
  const withUnverified2025 = {
    ...dataset,
    observations: [...dataset.observations, obs([primary("low")], { value: 21_300_000 })],
  }

  it("leaves a low-confidence figure out of the chart and out of every comparison", () => {
    const points = figurePoints(
      buildFigureSpec(withUnverified2025, "cybertipline", "en", translatorFor("en", "chart")),
    )
    expect(points.map((p) => p.key)).not.toContain("ncmec-cybertipline-reports|2025")
    expect(allComparisons(withUnverified2025).map((c) => c.id)).not.toContain(
      "ncmec-cybertipline-reports:2024:2025",
    )
  })

  it("marks a medium-confidence figure, and says so when it is read out", () => {
    const points = figurePoints(buildFigureSpec(dataset, "genai", "en", translatorFor("en", "chart")))
    const p2023 = points.find((p) => p.key === "ncmec-genai-reports|2023")!
    expect(p2023.tier).toBe("medium")
    expect(p2023.announcement).toMatch(
      /^2023, CyberTipline reports related to generative AI: 4,700, reported, medium confidence \(secondary source, or a page on the publisher's test site\)\./,
    )
    const p2024 = points.find((p) => p.key === "ncmec-genai-reports|2024")!
    expect(p2024.tier).toBe("verified")
  })

  it("lists the real dataset's unverified figures, NCMEC's second-hand 2025 totals among them, never drawn", () => {
    const unverified = dataset.observations.filter((o) => observationTier(o) === "unverified")
    const label = (o: Observation) =>
      [o.seriesId, o.period, o.country, o.variant].filter((x) => x !== undefined).join(" ")
    expect(unverified.map(label)).toEqual([
      "ncmec-cybertipline-reports 2025",
      "ncmec-cybertipline-reports 2025 digital-harm-reading",
      "ncmec-genai-reports 2025",
      "ncmec-online-enticement-reports 2025",
      "ncmec-unknown-location-share 2024 ojjdp-definition-transcription",
      "ncmec-unknown-location-share 2024 no-country-listed-transcription",
      ...["BG", "US", "NL", "RO", "FR", "DE", "MY", "HK", "GB", "CH"].map(
        (c) => `iwf-hosting-share 2025 ${c}`,
      ),
      "iwf-sextortion-reports 2025",
    ])
    const cyber = figurePoints(buildFigureSpec(dataset, "cybertipline", "en", translatorFor("en", "chart")))
    expect(cyber.map((p) => p.period)).not.toContain("2025")
    // IWF's 2025 hosting table is a draft of an unpublished report: listed, never drawn or compared.
    const hosting = figurePoints(buildFigureSpec(dataset, "hosting", "en", translatorFor("en", "chart")))
    expect(hosting.length).toBeGreaterThan(0)
    expect(hosting.map((p) => p.period)).not.toContain("2025")
    expect(allComparisons(dataset).map((c) => c.id)).not.toContain("iwf-hosting-share:2024:2025:NL")
    const drawn = figurePoints(
      buildSeriesSpec(dataset, "ncmec-unknown-location-share", "en", translatorFor("en", "chart")),
    )
    expect(drawn.map((p) => p.key)).toEqual([
      "ncmec-unknown-location-share|2021",
      "ncmec-unknown-location-share|2022",
      "ncmec-unknown-location-share|2023",
      "ncmec-unknown-location-share|2024",
    ])
  })
})
