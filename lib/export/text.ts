import { FILE_INK } from "../charts/colours"
// Text layout for exported SVGs, which have no layout engine: widths are estimated per character
// (Geist for Latin, Noto Sans Arabic for Arabic), generously, so that lines wrap before they overflow.
//
// Only Chromium draws an export in its embedded fonts: rsvg, Inkscape and LibreOffice ignore @font-face
// and use a system font. So lines are broken for the widest fallback we expect, not for the embedded
// faces: see FALLBACK_WIDTH below.

export function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  )
}

function charEm(c: string): number {
  if (/[\u0600-\u06FF\u0750-\u077F]/.test(c)) return 0.5
  if (c === " ") return 0.28
  if (/[A-Z]/.test(c)) return 0.68
  if (/[0-9]/.test(c)) return 0.6
  if (/[.,;:!'|()\[\]ilj]/.test(c)) return 0.3
  if (/[mwMW%—–→]/.test(c)) return 0.85
  return 0.56
}

export function estimateWidth(text: string, fontSize: number, bold = false): number {
  let em = 0
  for (const c of text) em += charEm(c)
  return em * fontSize * (bold ? 1.07 : 1)
}

/**
 * How much wider than the estimate a fallback font may set a line. Measured in the PDFs that LibreOffice
 * 7.4 and rsvg 2.54 made of the exports here (tests/unit/export-renderers.test.ts; they used Noto Sans and
 * DejaVu Sans, DejaVu for Arabic), full lines against estimateWidth: regular text up to 1.00 × in
 * LibreOffice and 1.05 × in rsvg; bold up to 1.09 × (Latin) and 1.18 × (Arabic, DejaVu Sans Bold), hence
 * the larger room for bold Arabic lines. DejaVu is the widest common fallback; Arial, Segoe UI and Tahoma
 * are narrower. With the embedded fonts (Chromium) lines come out a little shorter than they could be.
 */
const FALLBACK_WIDTH = 1.1
const FALLBACK_WIDTH_BOLD_ARABIC = 1.2

export const fallbackWidth = (bold = false, text = "") =>
  bold && /[\u0600-\u06FF]/.test(text) ? FALLBACK_WIDTH_BOLD_ARABIC : FALLBACK_WIDTH

/**
 * Greedy word wrap to `maxWidth`, leaving room for a wider fallback font (fallbackWidth); a single
 * word longer than a line is broken where it must be.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  maxWidth /= fallbackWidth(bold, text)
  const lines: string[] = []
  let line = ""
  for (const word of unbrokenIsolates(text.split(/\s+/).filter(Boolean))) {
    const candidate = line ? `${line} ${word}` : word
    if (estimateWidth(candidate, fontSize, bold) <= maxWidth) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    let rest = word
    while (estimateWidth(rest, fontSize, bold) > maxWidth) {
      let cut = rest.length - 1
      while (cut > 1 && estimateWidth(rest.slice(0, cut), fontSize, bold) > maxWidth) cut--
      lines.push(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    line = rest
  }
  if (line) lines.push(line)
  return lines
}

/**
 * Words with an isolate (U+2066 LRI … U+2069 PDI, lib/format/values.ts isolateSigned) joined into one: a signed
 * value such as "⁦−8.8 مليون⁩" broken over two lines leaves each line with half an isolate, its sign
 * and its number read on one line in one direction and its unit on the next (LibreOffice 7.4 set the two
 * halves over the words beside them).
 */
function unbrokenIsolates(words: string[]): string[] {
  const out: string[] = []
  let open = false
  for (const word of words) {
    if (open) out[out.length - 1] += ` ${word}`
    else out.push(word)
    const lri = word.lastIndexOf("\u2066")
    const pdi = word.lastIndexOf("\u2069")
    if (lri > pdi) open = true
    else if (pdi > lri) open = false
  }
  return out
}

type TextOpts = {
  x: number
  y: number
  size: number
  bold?: boolean
  fill?: string
  /** Where x is on the line, left to right whatever the language: start = left edge, end = right edge. */
  anchor?: "start" | "middle" | "end"
  /** Right-to-left text (Arabic): its base direction is carried in the text itself. */
  rtl?: boolean
  attrs?: string
}

// Right-to-left embedding (RLE … PDF) around each Arabic line, and no `direction` attribute: LibreOffice
// 7.4 ignores `direction` (it drew every Arabic line from its anchor rightwards, off the page), and in the
// renderers that honour it, it also flips what text-anchor means. So the anchor is always the
// left-to-right one, and the base direction is in-band. Measured in LibreOffice 7.4, rsvg 2.54 and
// Chromium on lines such as "IWF: نسبة …" and "حسب البلد: INHOPE وIWF": a leading RLM alone leaves the
// first Latin word on the left (LibreOffice, and Chromium without `direction`); RLE … PDF and RLI … PDI
// both order them right in all three, but LibreOffice gives RLI and PDI a visible width (each line then
// ended about 4 px past its anchor), and RLE and PDF none.
const RLE = "\u202B"
const PDF = "\u202C"

// A line with no right-to-left letter (an address, a dataset line) needs no embedding, and must not get
// one: a reader who copies the address out of the file would copy the invisible RLE and PDF with it.
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/

/** A line's text with its base direction in-band: RLE … PDF around a right-to-left line that has Arabic in it. */
export function inBandDirection(text: string, rtl = false): string {
  return rtl && RTL_LETTER.test(text) ? `${RLE}${text}${PDF}` : text
}

/** One line of SVG text, anchored the same way in every renderer (see TextOpts.anchor). */
export function svgText(text: string, o: TextOpts): string {
  const content = escapeXml(inBandDirection(text, o.rtl))
  return `<text x="${round(o.x)}" y="${round(o.y)}" font-size="${o.size}"${o.bold ? ' font-weight="700"' : ""} fill="${o.fill ?? FILE_INK.text}" text-anchor="${o.anchor ?? "start"}"${o.attrs ? ` ${o.attrs}` : ""}>${content}</text>`
}

export function round(n: number): number {
  return Math.round(n * 100) / 100
}

/**
 * A signed value is isolated as one left-to-right unit (lib/format/values.ts isolateSigned, U+2066 LRI … U+2069
 * PDI), and in Arabic that unit holds Arabic words ("⁦−6.9 مليون⁩"). LibreOffice 7.4 draws such an isolate
 * wrongly: in its PDF of a bridge's SVG the line's words were set over one another and LRI and PDI came
 * out as boxes, and in its PDF of the PowerPoint deck the sign stood after the digits ("15.7− مليون";
 * measured; an isolate of digits alone, "⁦−43%⁩", it draws correctly). A left-to-right embedding (U+202A
 * LRE … U+202C PDF) around the same text orders it the same way in rsvg, Chromium and LibreOffice, so the
 * files (the bridge's SVG, the PowerPoint decks) carry embeddings instead. Only the files: the pages keep
 * the isolates, which every browser draws correctly.
 */
export function officeSafeBidi(text: string): string {
  return text.replace(/\u2066/g, "\u202A").replace(/\u2069/g, "\u202C")
}
