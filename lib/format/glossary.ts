import { localizedPath } from "../i18n/paths"
import type { Messages } from "../i18n/catalogues"
import type { Locale, Status } from "../data/schema"

type Terms = Messages["glossary"]["terms"]

/** The terms whose catalogue entry has `part` (`glossary.terms.<id>.<part>`), from the English catalogue's type. */
type TermsWith<Part extends string> = {
  [Id in keyof Terms]: Part extends keyof Terms[Id] ? Id : never
}[keyof Terms]

/**
 * The glossary's terms, in the order /glossary lists them. Each id is the term's anchor
 * (`/glossary#csam`) and its key in the catalogues (`glossary.terms.<id>`), so a link and its target
 * cannot drift apart. The four statuses are the dataset's own (lib/data/schema.ts `statusSchema`): their ids
 * are the status values, and their names come from the catalogues' `status` namespace.
 */
export const GLOSSARY_IDS = [
  "csam",
  "csea",
  "gta",
  "ncmec",
  "cybertipline",
  "esp",
  "ojjdp",
  "cy",
  "inhope",
  "iccam",
  "iwf",
  "actioned",
  "report-vs-incident",
  "h1",
  "reported",
  "approximate",
  "implied",
  "preliminary",
  "online-enticement",
  "financial-sextortion",
  "e2ee",
  "report-act",
] as const satisfies readonly (keyof Terms)[]

export type GlossaryId = (typeof GLOSSARY_IDS)[number]

const STATUS_TERMS: Record<Status, GlossaryId> = {
  reported: "reported",
  approximate: "approximate",
  implied: "implied",
  preliminary: "preliminary",
}

const isStatusTerm = (id: GlossaryId): id is Status => Object.values(STATUS_TERMS).includes(id)

/** The terms the catalogue writes (`glossary.terms.<id>.term`): neither a Latin name nor a status. */
type CatalogueTermId = TermsWith<"term">

/** The terms written the same in both editions: every term the catalogue does not write and no status. */
type LatinTermId = Exclude<GlossaryId, CatalogueTermId | Status>

/**
 * Abbreviations and names written the same in both editions (the Arabic catalogue keeps organisation
 * names and codes in Latin script): their expansion and definition are translated, the term is not.
 * Typed so that a term without a `term` message that is no status must be here.
 */
const LATIN_TERMS: Record<LatinTermId, string> = {
  csam: "CSAM",
  csea: "CSEA",
  ncmec: "NCMEC",
  cybertipline: "CyberTipline",
  esp: "ESP",
  ojjdp: "OJJDP",
  cy: "CY",
  inhope: "INHOPE",
  iccam: "ICCAM",
  iwf: "IWF",
}

const isLatinTerm = (id: GlossaryId): id is LatinTermId => Object.hasOwn(LATIN_TERMS, id)

/**
 * A term as it is written: a Latin abbreviation as it is, a status by its name in the `status`
 * namespace (`status`), any other from the catalogue's `glossary.terms.<id>.term` (`glossary`).
 */
export function termLabel(
  id: GlossaryId,
  t: { glossary: (key: `terms.${CatalogueTermId}.term`) => string; status: (key: Status) => string },
): string {
  if (isLatinTerm(id)) return LATIN_TERMS[id]
  if (isStatusTerm(id)) return t.status(id)
  return t.glossary(`terms.${id}.term`)
}

// The optional parts of an entry, listed (the `satisfies` keeps each list to terms that have the part;
// tests/unit/glossary.test.ts checks that no term with the part is left out).
const EXPANDED = [
  "csam",
  "csea",
  "gta",
  "ncmec",
  "esp",
  "ojjdp",
  "cy",
  "inhope",
  "iwf",
  "h1",
] as const satisfies readonly TermsWith<"expansion">[]
const SOURCED = [
  "csam",
  "csea",
  "actioned",
  "report-vs-incident",
  "online-enticement",
  "financial-sextortion",
  "e2ee",
  "report-act",
] as const satisfies readonly TermsWith<"source">[]

/** Whether a term's entry spells it out (`glossary.terms.<id>.expansion`): ICCAM, for one, has none. */
export const hasExpansion = (id: GlossaryId): id is (typeof EXPANDED)[number] =>
  EXPANDED.some((e) => e === id)

/** Whether a term's entry names where its definition comes from (`glossary.terms.<id>.source`). */
export const hasSource = (id: GlossaryId): id is (typeof SOURCED)[number] => SOURCED.some((e) => e === id)

/**
 * The dataset caveat that says what a term means for these figures: shown under the term's definition,
 * so the glossary and the charts' notes are one text, not two that may disagree.
 */
export const TERM_CAVEATS: Partial<Record<GlossaryId, string>> = {
  "report-vs-incident": "ncmec-bundling-2024",
  h1: "half-year-periods",
  "financial-sextortion": "sextortion-scope",
  e2ee: "meta-e2ee-2023",
  "report-act": "report-act-2024",
  actioned: "iwf-counts-urls",
  inhope: "inhope-unit-wording",
}

// Which terms a figure's reader meets, from what the figure is made of. Read from the data rather than
// listed per figure, so a figure that gains a source, an event or a half-year gains its terms too.
const SOURCE_TERMS: Record<string, GlossaryId[]> = {
  ncmec: ["ncmec", "cybertipline", "esp"],
  inhope: ["inhope", "iccam"],
  iwf: ["iwf", "actioned"],
}
const SERIES_TERMS: Record<string, GlossaryId[]> = {
  "ncmec-cybertipline-incidents": ["report-vs-incident"],
  "ncmec-online-enticement-reports": ["online-enticement", "report-act"],
  "ncmec-financial-sextortion-reports": ["financial-sextortion"],
  "iwf-sextortion-reports": ["financial-sextortion"],
}
const EVENT_TERMS: Record<string, GlossaryId[]> = {
  "meta-default-e2ee": ["e2ee"],
  "report-act": ["report-act"],
  "ncmec-bundling": ["report-vs-incident"],
}

type FigureTermInput = {
  sourceIds: readonly string[]
  seriesIds: readonly string[]
  eventIds: readonly string[]
  statuses: readonly Status[]
  halfYear: boolean
}

/**
 * The glossary terms a figure uses, in glossary order. Every figure is about child sexual abuse
 * material and cites the GTA 2025, so those two always come first.
 */
export function figureTerms(input: FigureTermInput): GlossaryId[] {
  const found = new Set<GlossaryId>(["csam", "gta"])
  for (const s of input.sourceIds) for (const t of SOURCE_TERMS[s] ?? []) found.add(t)
  for (const s of input.seriesIds) for (const t of SERIES_TERMS[s] ?? []) found.add(t)
  for (const e of input.eventIds) for (const t of EVENT_TERMS[e] ?? []) found.add(t)
  for (const s of input.statuses) found.add(STATUS_TERMS[s])
  if (input.halfYear) found.add("h1")
  return GLOSSARY_IDS.filter((id) => found.has(id))
}

/** The abbreviations a sentence that leaves the page spells out (lib/analysis/sentence.ts), in glossary order. */
const ABBREVIATIONS = [
  "csam",
  "csea",
  "ncmec",
  "esp",
  "ojjdp",
  "cy",
  "inhope",
  "iwf",
] as const satisfies readonly LatinTermId[]

/**
 * Each abbreviation a text uses, as a whole word, with its expansion from the glossary's catalogue
 * (`glossary.terms.<id>.expansion`), in the order they first appear in it: "OJJDP: Office of Juvenile
 * Justice and Delinquency Prevention (US Department of Justice)". Names that are names in the seed
 * (CyberTipline, ICCAM, whose long form only a mistaken GTA passage gives) are not expanded.
 */
export function abbreviationsIn(text: string, expansion: (id: GlossaryId) => string): string[] {
  return ABBREVIATIONS.map((id) => ({
    id,
    at: new RegExp(`(^|[^A-Za-z])${LATIN_TERMS[id]}([^A-Za-z]|$)`).exec(text)?.index,
  }))
    .filter((a): a is { id: (typeof ABBREVIATIONS)[number]; at: number } => a.at !== undefined)
    .sort((a, b) => a.at - b.at)
    .map((a) => `${LATIN_TERMS[a.id]}: ${expansion(a.id)}`)
}

/** A term's address: "/glossary#csam", "/ar/glossary#csam". */
export const termHref = (id: GlossaryId, locale: Locale) => `${localizedPath("/glossary", locale)}#${id}`
