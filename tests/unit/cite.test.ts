import { describe, expect, it } from "vitest"
import {
  ACCESSED_SLOT,
  bibEscape,
  bibtexCitation,
  localDay,
  plainCitation,
  URL_SLOT,
  type CiteFields,
} from "@/lib/format/cite-this"
import { citeFields } from "@/lib/format/cite-fields"
import { getDataset } from "@/lib/data/dataset"
import { figureTitle } from "@/lib/analysis/figure-year"
import { FIGURE_IDS } from "@/lib/charts/figure-defs"
import { formatEventDate } from "@/lib/format/time"

const dataset = getDataset()
const { meta } = dataset
const ORIGIN = "https://dashboard.example.org"

describe("the plain citation", () => {
  it("names the dashboard, the figure, the dataset's version and date, the address and the access day", () => {
    const fields = citeFields(dataset, "cybertipline", "en")
    expect(plainCitation(fields, ORIGIN, "2026-12-03")).toBe(
      `${meta.title.en} [online dashboard]. “${figureTitle(dataset, "cybertipline", "en")}”. ` +
        `Dataset version ${meta.version} (${formatEventDate(meta.updated, "en")}). ` +
        `${ORIGIN}/figures/cybertipline (accessed 3 December 2026).`,
    )
  })

  it("is Arabic on the Arabic page, with the Arabic page's address", () => {
    const text = plainCitation(citeFields(dataset, "iwf", "ar"), ORIGIN, "2026-12-03")
    expect(text).toContain(meta.title.ar)
    expect(text).toContain(`«${figureTitle(dataset, "iwf", "ar")}»`)
    expect(text).toContain(`الإصدار ${meta.version}`)
    expect(text).toContain(`${ORIGIN}/ar/figures/iwf`)
    expect(text).toContain("تاريخ الاطلاع: 3 ديسمبر 2026")
  })

  it("before the browser knows them, gives the path alone and says the date is the day of copying", () => {
    const text = plainCitation(citeFields(dataset, "genai", "en"), "")
    expect(text).toContain(" /figures/genai (accessed the day you copy this).")
  })

  it("leaves no slot unfilled, for every figure in both languages", () => {
    for (const id of FIGURE_IDS)
      for (const locale of ["en", "ar"] as const) {
        const fields = citeFields(dataset, id, locale)
        for (const text of [
          plainCitation(fields, ORIGIN, "2026-01-31"),
          bibtexCitation(fields, ORIGIN, "2026-01-31"),
        ]) {
          expect(text, `${id} ${locale}`).not.toContain(URL_SLOT)
          expect(text, `${id} ${locale}`).not.toContain(ACCESSED_SLOT)
        }
      }
  })

  it("reads a dollar sign in a value as itself", () => {
    const fields: CiteFields = { ...citeFields(dataset, "iwf", "en"), path: "/a$&b" }
    expect(plainCitation(fields, "$1", "2026-01-31")).toContain("$1/a$&b")
  })
})

describe("the BibTeX entry", () => {
  const entry = bibtexCitation(citeFields(dataset, "sextortion", "en"), ORIGIN, "2026-12-03")

  it("is a @misc entry with the dataset's version and year, the address and the access day", () => {
    expect(
      entry.startsWith(`@misc{csea-reporting-trends-sextortion-${meta.version.replaceAll(".", "-")},\n`),
    ).toBe(true)
    expect(entry).toContain(`  version = {${meta.version}},`)
    expect(entry).toContain(`  year = {${meta.updated.slice(0, 4)}},`)
    expect(entry).toContain(`  url = {${ORIGIN}/figures/sextortion},`)
    expect(entry).toContain("  urldate = {2026-12-03},")
    expect(entry).toContain(`  author = {{${meta.title.en}}},`)
    expect(entry).toContain(`  title = {{${meta.title.en}: ${figureTitle(dataset, "sextortion", "en")}}},`)
    expect(entry).toContain("  language = {english},")
    expect(entry.endsWith("\n}")).toBe(true)
  })

  it("names the GTA 2025 and the figure's primary sources in its note, with the caveat on prevalence", () => {
    const note = /\n {2}note = \{(.*)\},\n/.exec(entry)?.[1] ?? ""
    expect(note).toContain("Global Threat Assessment 2025 (Arabic edition)")
    expect(note).toContain("NCMEC")
    expect(note).toContain(`Dataset ${meta.version}`)
    expect(note).toContain("not prevalence")
  })

  it("balances its braces, in both languages and for every figure", () => {
    for (const id of FIGURE_IDS)
      for (const locale of ["en", "ar"] as const) {
        const text = bibtexCitation(citeFields(dataset, id, locale), ORIGIN, "2026-12-03").replace(
          /\\[{}]/g,
          "",
        )
        let depth = 0
        for (const c of text) {
          depth += c === "{" ? 1 : c === "}" ? -1 : 0
          expect(depth, `${id} ${locale}`).toBeGreaterThanOrEqual(0)
        }
        expect(depth, `${id} ${locale}`).toBe(0)
      }
  })

  it("gives the Arabic page's entry its own key, language and Arabic title", () => {
    const ar = bibtexCitation(citeFields(dataset, "sextortion", "ar"), ORIGIN, "2026-12-03")
    expect(ar).toMatch(/^@misc\{csea-reporting-trends-sextortion-[\d-]+-ar,/)
    expect(ar).toContain("  language = {arabic},")
    expect(ar).toContain(figureTitle(dataset, "sextortion", "ar"))
    expect(ar).toContain(`  url = {${ORIGIN}/ar/figures/sextortion},`)
  })

  it("escapes the characters TeX gives a meaning to", () => {
    expect(bibEscape("A & B 50% #1 a_b $x ^ ~ {c} \\")).toBe(
      "A \\& B 50\\% \\#1 a\\_b \\$x \\^{} \\~{} \\{c\\} \\textbackslash{}",
    )
  })
})

describe("the access day", () => {
  it("is the reader's own calendar day, late in the evening too", () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05")
    expect(localDay(new Date(2026, 11, 31, 0, 1))).toBe("2026-12-31")
  })
})
