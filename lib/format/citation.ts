import { COMMA } from "./values"
import { translatorFor } from "../i18n/translate"
import { wordsFor } from "../i18n/words"
import type { Citation, GtaCitation, Locale, PrimaryCitation } from "../data/schema"
import { formatEventDate } from "./time"

/** The seed as a citation names it (words.citation.gtaName); also the cite box's note (lib/format/cite-fields.ts). */
export function gtaName(locale: Locale): string {
  return wordsFor(locale)("citation.gtaName")
}

/** The footnote reference alone, e.g. "GTA 2025, footnote 12": the short form used in captions. */
export function footnoteLabel(footnotes: number[], locale: Locale): string {
  const w = wordsFor(locale)
  if (footnotes.length === 0) return w("citation.noFootnote")
  return w("citation.footnotes", { count: footnotes.length, list: footnotes.join(COMMA[locale]) })
}

/** The GTA 2025 by its short name with the footnotes cited: "GTA 2025, footnotes 12, 14", for captions. */
export function gtaFootnotesLabel(footnotes: number[], locale: Locale): string {
  return `${wordsFor(locale)("citation.gtaShort")}${COMMA[locale]}${footnoteLabel(footnotes, locale)}`
}

/** A primary source's grade as its citation states it: "confidence: high", «درجة الثقة: عالية». */
function confidenceText(c: PrimaryCitation, locale: Locale): string {
  const w = wordsFor(locale)
  return w("citation.confidence", { level: w(`citation.level.${c.confidence}`) })
}

/**
 * When a page was read, in the reader's language: "read 1 December 2026", "تاريخ الاطلاع: 1 ديسمبر 2026";
 * "read on or before 28 November 2026" where the notes give no date and `read` is the latest it can be.
 */
export function formatReadDate(c: Pick<PrimaryCitation, "read" | "readOnOrBefore">, locale: Locale): string {
  return translatorFor(locale, "figurePage")(c.readOnOrBefore ? "readOnOrBefore" : "read", {
    date: formatEventDate(c.read, locale),
  })
}

/** One citation as a single human-readable line, for CSV cells, exports and tooltips. */
export function formatCitation(c: Citation, locale: Locale = "en"): string {
  if (c.kind === "gta2025") {
    return `${gtaName(locale)}, ${gtaLocator(c, locale)}: «${c.quote}»${c.note ? ` (${c.note[locale]})` : ""}`
  }
  return `${c.publisher[locale]}, ${c.url}: “${c.quote}” (${confidenceText(c, locale)}${COMMA[locale]}${formatReadDate(c, locale)})${
    c.note ? ` (${c.note[locale]})` : ""
  }`
}

/** Where in the GTA 2025 a citation stands: "footnote 12, «section», line 340". */
function gtaLocator(c: GtaCitation, locale: Locale): string {
  return wordsFor(locale)("citation.locator", {
    footnotes: footnoteLabel(c.footnotes, locale),
    section: c.section,
    line: String(c.seedLine),
  })
}

/**
 * One citation as the fields of a spreadsheet row (a workbook's Citations sheet, the full download's
 * citations.csv): the same words as formatCitation, apart. The GTA 2025 has no page address of its own
 * in a citation, so its row names the seed's (`seedUrl`, the dataset's meta.seed.url); it is the seed,
 * not graded, so its confidence is empty. `read` is the ISO date the page was read.
 */
export function citationFields(c: Citation, locale: Locale, seedUrl: string) {
  if (c.kind === "gta2025")
    return {
      source: gtaName(locale),
      url: seedUrl,
      locator: gtaLocator(c, locale),
      quote: c.quote,
      confidence: "",
      read: undefined,
      read_as_written: "",
      note: c.note?.[locale] ?? "",
    }
  return {
    source: c.publisher[locale],
    url: c.url,
    locator: "",
    quote: c.quote,
    confidence: wordsFor(locale)(`citation.level.${c.confidence}`),
    read: c.read,
    read_as_written: formatReadDate(c, locale),
    note: c.note?.[locale] ?? "",
  }
}

export function formatCitations(citations: Citation[], locale: Locale = "en"): string {
  return citations.map((c) => formatCitation(c, locale)).join(" | ")
}

/**
 * The sources of a sentence a reader will paste into a brief, each once and findable: a page with its
 * address and the date it was read, the GTA 2025 spelled out with the footnotes cited. "NCMEC (OJJDP
 * transparency report, CY 2023)" alone cannot be looked up; with its address it can.
 */
export function formatSentenceSources(citations: Citation[], locale: Locale): string {
  const footnotes = [...new Set(citations.flatMap((c) => (c.kind === "gta2025" ? c.footnotes : [])))].sort(
    (a, b) => a - b,
  )
  const pages = new Map<string, PrimaryCitation>()
  for (const c of citations) if (c.kind === "primary" && !pages.has(c.url)) pages.set(c.url, c)
  const items = [...pages.values()].map(
    (c) => `${c.publisher[locale]}${COMMA[locale]}${c.url}${COMMA[locale]}${formatReadDate(c, locale)}`,
  )
  if (citations.some((c) => c.kind === "gta2025"))
    items.push(
      `${wordsFor(locale)("citation.gtaReference")}${COMMA[locale]}${footnoteLabel(footnotes, locale)}`,
    )
  return items.join(locale === "ar" ? "؛ " : "; ")
}
