import { readdirSync } from "node:fs"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { caveatsForObservation } from "@/lib/data/caveats"
import { OBSERVATION_FILES } from "@/lib/data/files"
import { getDataset } from "@/lib/data/dataset"
import { chartedObservations } from "@/lib/data/observations"
import { observationKey } from "@/lib/data/observation-key"
import type { Observation } from "@/lib/data/schema"

const dataset = getDataset()
const periodsOf = (seriesId: string) =>
  new Set(dataset.observations.filter((o) => o.seriesId === seriesId && !o.variant).map((o) => o.period))

describe("the dataset's public contract", () => {
  // These ids and periods are what the API's users and later features rely on.
  it.each([
    ["ncmec-cybertipline-reports", ["2021", "2022", "2023", "2024"]],
    ["ncmec-cybertipline-incidents", ["2024"]],
    ["ncmec-files-reported", ["2022", "2023", "2024"]],
    ["ncmec-genai-reports", ["2023", "2024", "2024-H1", "2025-H1"]],
    ["ncmec-online-enticement-reports", ["2022", "2023", "2024", "2024-H1", "2025-H1"]],
    ["ncmec-financial-sextortion-reports", ["2022", "2023", "2024"]],
    ["iwf-sextortion-boys-share", ["2023"]],
    ["inhope-reports", ["2023", "2024"]],
    ["inhope-illegal-share", ["2023", "2024"]],
    ["inhope-safenet-bulgaria-reports", ["2024"]],
    ["inhope-forum-share", ["2023", "2024"]],
    ["iwf-reports-assessed", ["2023", "2024"]],
    ["iwf-reports-confirmed", ["2023", "2024"]],
    ["inhope-hosting-share", ["2024"]],
    ["iwf-hosting-share", ["2023", "2024"]],
  ])("%s has %j", (id, periods) => {
    expect(dataset.series.some((s) => s.id === id)).toBe(true)
    expect([...periodsOf(id)]).toEqual(expect.arrayContaining(periods))
  })

  it("gives NCMEC files as images, videos and other where the source does", () => {
    const cats = new Set(
      dataset.observations.filter((o) => o.seriesId === "ncmec-files-reported").map((o) => o.category),
    )
    expect(cats).toEqual(new Set([undefined, "images", "videos", "other"]))
  })

  it("gives hosting shares by ISO country code", () => {
    for (const o of dataset.observations.filter((o) => o.seriesId.endsWith("hosting-share"))) {
      expect(o.country).toMatch(/^[A-Z]{2}$/)
    }
  })

  it("loads every observations file in data/observations", () => {
    const onDisk = readdirSync(path.resolve(__dirname, "../../data/observations")).map(
      (f) => `observations/${f}`,
    )
    expect(onDisk.sort()).toEqual([...OBSERVATION_FILES].sort())
  })

  it("has at least one observation for every series", () => {
    for (const s of dataset.series) expect(chartedObservations(dataset, s.id).length, s.id).toBeGreaterThan(0)
  })
})

describe("the dataset's honesty", () => {
  it("marks the 2025 generative-AI half-year as preliminary and the 2024 sextortion rate as implied", () => {
    const find = (id: string, period: string) =>
      dataset.observations.find((o) => o.seriesId === id && o.period === period && !o.variant)
    expect(find("ncmec-genai-reports", "2025-H1")?.status).toBe("preliminary")
    expect(find("ncmec-financial-sextortion-reports", "2024")?.status).toBe("implied")
    expect(find("ncmec-online-enticement-reports", "2024")?.qualifier).toBe("more-than")
  })

  it("keeps both readings where the GTA 2025 states a figure two ways, with a data-quality caveat", () => {
    const variants = dataset.observations.filter((o) => o.variant)
    expect(variants.length).toBeGreaterThan(0)
    for (const v of variants) {
      const main = dataset.observations.find(
        (o) => o.seriesId === v.seriesId && o.period === v.period && !o.variant && o.country === v.country,
      )
      expect(main, `${v.seriesId} ${v.period} has a main reading`).toBeDefined()
      expect(
        caveatsForObservation(dataset, v).some((c) => c.kind === "data-quality"),
        `${v.seriesId} ${v.period}`,
      ).toBe(true)
    }
  })

  it("flags with a data-quality caveat any stated % change that the values do not bear out", () => {
    for (const o of dataset.observations.filter((o) => o.statedChanges && !o.variant)) {
      for (const change of o.statedChanges!) {
        const from = dataset.observations.find(
          (p) => p.seriesId === o.seriesId && p.period === change.from && !p.variant && !p.category,
        )
        if (!from) continue
        const computed = (o.value / from.value - 1) * 100
        // A source rounds to whole percent; more than a point off means the figures disagree.
        if (Math.abs(computed - change.percent) > 1) {
          expect(
            caveatsForObservation(dataset, o).some((c) => c.kind === "data-quality"),
            `${o.seriesId} ${o.period}`,
          ).toBe(true)
        }
      }
    }
  })

  it("cites every implied value with its arithmetic in both languages", () => {
    for (const o of dataset.observations.filter((o) => o.status === "implied")) {
      expect(o.arithmetic?.en.length).toBeGreaterThan(10)
      expect(o.arithmetic?.ar.length).toBeGreaterThan(10)
    }
  })

  it("attaches the general 'reports are not prevalence' caveat to every observation", () => {
    for (const o of dataset.observations) {
      expect(caveatsForObservation(dataset, o).map((c) => c.id)).toContain("reports-not-prevalence")
    }
  })
})

describe("an observation's one key", () => {
  it("names its series, period and each dimension it sets, so that no two dimensions collide", () => {
    const base = { seriesId: "iwf-hosting-share", period: "2024" } as Observation
    expect(observationKey(base)).toBe("iwf-hosting-share|2024")
    expect(observationKey({ ...base, country: "BG" })).toBe("iwf-hosting-share|2024|country=BG")
    expect(observationKey({ ...base, category: "BG" })).toBe("iwf-hosting-share|2024|category=BG")
    expect(observationKey({ ...base, country: "BG", variant: "x" })).toBe(
      "iwf-hosting-share|2024|country=BG|variant=x",
    )
  })
})
