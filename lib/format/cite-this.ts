import type { Locale } from "../data/schema"
import { formatCalendarDate } from "./dates"

/**
 * "Cite this figure": everything a citation needs except the two things only the reader's browser
 * knows. The pages are prerendered and may be served under any host, so the site's origin is SITE_URL
 * or the address the browser is at (components/use-hydrated.ts); and the access date is the day the
 * reader copies the citation, which a page built days earlier cannot know. The server fills the rest
 * (lib/format/cite-fields.ts) and this module, which the cite box runs in the browser, fills in those two. It
 * imports no catalogue, so the browser never loads one.
 */
export type CiteFields = {
  locale: Locale
  /** The figure's page, e.g. "/figures/cybertipline" or "/ar/figures/cybertipline". */
  path: string
  /** The plain citation, with URL_SLOT and ACCESSED_SLOT left to fill. */
  plain: string
  /** Shown for the access date in the server HTML, before the browser knows the day. */
  accessedPending: string
  bibtex: {
    key: string
    author: string
    title: string
    year: string
    version: string
    howpublished: string
    note: string
    language: string
  }
}

export const URL_SLOT = "{url}"
export const ACCESSED_SLOT = "{accessed}"

/** The reader's calendar day as YYYY-MM-DD (local time: the date on the reader's own calendar). */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

// split/join, not replace: a "$" in a value must never be read as a replacement pattern.
const fill = (template: string, slot: string, value: string) => template.split(slot).join(value)

/**
 * The plain citation. `origin` is "" where it is not known (the server HTML without SITE_URL): the
 * address is then the path alone. `accessed` is a YYYY-MM-DD day, or undefined before the browser knows it.
 */
export function plainCitation(fields: CiteFields, origin: string, accessed?: string): string {
  const day = accessed ? formatCalendarDate(accessed, fields.locale) : fields.accessedPending
  return fill(fill(fields.plain, URL_SLOT, `${origin}${fields.path}`), ACCESSED_SLOT, day)
}

const BIB_ESCAPES: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "%": "\\%",
  "&": "\\&",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "^": "\\^{}",
  "~": "\\~{}",
}

/** A value as BibTeX text: the characters (La)TeX gives a meaning to are escaped. */
export const bibEscape = (text: string) => text.replace(/[\\{}%&$#_^~]/g, (c) => BIB_ESCAPES[c]!)

/**
 * A BibTeX @misc entry. The author is the dashboard itself, in double braces (a corporate author,
 * which BibTeX must not split into first and last names): the dataset names no person or
 * organisation as its author, and a citation must not invent one. The title is braced too, so a style
 * does not lower-case "NCMEC". The url is not escaped: the url and hyperref packages read it verbatim.
 */
export function bibtexCitation(fields: CiteFields, origin: string, accessed: string): string {
  const b = fields.bibtex
  const entries: [string, string][] = [
    ["author", `{${bibEscape(b.author)}}`],
    ["title", `{${bibEscape(b.title)}}`],
    ["year", bibEscape(b.year)],
    ["version", bibEscape(b.version)],
    ["howpublished", bibEscape(b.howpublished)],
    ["url", `${origin}${fields.path}`],
    ["urldate", accessed],
    ["language", bibEscape(b.language)],
    ["note", bibEscape(b.note)],
  ]
  return `@misc{${b.key},\n${entries.map(([k, v]) => `  ${k} = {${v}},`).join("\n")}\n}`
}
