import { describe, expect, it } from "vitest"
import { getDataset } from "@/lib/data/dataset"
import {
  figureTerms,
  GLOSSARY_IDS,
  hasExpansion,
  hasSource,
  TERM_CAVEATS,
  termHref,
  termLabel,
} from "@/lib/format/glossary"
import { translatorFor } from "@/lib/i18n/translate"
import { statusSchema } from "@/lib/data/schema"
import arCatalogue from "@/messages/ar.json"
import enCatalogue from "@/messages/en.json"

const dataset = getDataset()
const CATALOGUES = { en: enCatalogue, ar: arCatalogue }
type Entry = { term?: string; expansion?: string; definition: string; source?: string }

describe("the glossary", () => {
  it("gives every term a definition in both languages, and defines nothing it does not list", () => {
    for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
      const terms = catalogue.glossary.terms as Record<string, Entry>
      expect(Object.keys(terms).sort(), locale).toEqual([...GLOSSARY_IDS].sort())
      for (const id of GLOSSARY_IDS)
        expect(terms[id]!.definition.length, `${locale} ${id}`).toBeGreaterThan(20)
    }
  })

  it("writes every term in both languages (a status by its name in the status namespace)", () => {
    for (const locale of ["en", "ar"] as const) {
      const t = { glossary: translatorFor(locale, "glossary"), status: translatorFor(locale, "status") }
      const labels = GLOSSARY_IDS.map((id) => termLabel(id, t))
      for (const label of labels) expect(label).not.toMatch(/^glossary\.|^status\.|^$/)
      expect(new Set(labels).size).toBe(labels.length)
    }
    expect(
      termLabel("implied", {
        glossary: translatorFor("ar", "glossary"),
        status: translatorFor("ar", "status"),
      }),
    ).toBe(arCatalogue.status.implied)
  })

  // The glossary page asks these before it translates a term's optional parts: each list is typed to terms
  // that have the part, and must leave none out.
  it("knows which terms have an expansion and a source, as both catalogues have them", () => {
    for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
      const terms = catalogue.glossary.terms as Record<string, Entry>
      for (const id of GLOSSARY_IDS) {
        expect(hasExpansion(id), `${locale} ${id} expansion`).toBe(Object.hasOwn(terms[id]!, "expansion"))
        expect(hasSource(id), `${locale} ${id} source`).toBe(Object.hasOwn(terms[id]!, "source"))
      }
    }
  })

  it("has an anchor for each term that a URL fragment can carry as it is", () => {
    for (const id of GLOSSARY_IDS) expect(id).toMatch(/^[a-z0-9-]+$/)
    expect(new Set(GLOSSARY_IDS).size).toBe(GLOSSARY_IDS.length)
    expect(termHref("csam", "en")).toBe("/glossary#csam")
    expect(termHref("h1", "ar")).toBe("/ar/glossary#h1")
  })

  it("lists each of the dataset's statuses", () => {
    for (const status of statusSchema.options) expect(GLOSSARY_IDS).toContain(status)
  })

  it("shows for a term a caveat the dataset has", () => {
    const ids = new Set(dataset.caveats.map((c) => c.id))
    for (const caveat of Object.values(TERM_CAVEATS)) expect(ids.has(caveat!), caveat).toBe(true)
  })
})

describe("the terms a figure uses", () => {
  it("follow from its sources, series, events, statuses and half-years, in glossary order", () => {
    expect(
      figureTerms({
        sourceIds: ["iwf", "ncmec"],
        seriesIds: ["ncmec-cybertipline-incidents"],
        eventIds: ["meta-default-e2ee"],
        statuses: ["implied", "reported"],
        halfYear: true,
      }),
    ).toEqual([
      "csam",
      "gta",
      "ncmec",
      "cybertipline",
      "esp",
      "iwf",
      "actioned",
      "report-vs-incident",
      "h1",
      "reported",
      "implied",
      "e2ee",
    ])
  })

  it("always include CSAM and the GTA 2025, and nothing for what they do not draw", () => {
    expect(
      figureTerms({ sourceIds: [], seriesIds: [], eventIds: [], statuses: [], halfYear: false }),
    ).toEqual(["csam", "gta"])
  })

  it("know every series, source and event id they name", () => {
    // A renamed id would silently drop its term: every id the mapping names must exist in the data.
    const terms = figureTerms({
      sourceIds: dataset.sources.map((s) => s.id),
      seriesIds: dataset.series.map((s) => s.id),
      eventIds: dataset.events.map((e) => e.id),
      statuses: statusSchema.options,
      halfYear: true,
    })
    expect(terms).toEqual([...GLOSSARY_IDS].filter((id) => !["csea", "ojjdp", "cy"].includes(id)))
  })
})
