import { execFileSync } from "node:child_process"
import { estimateWidth } from "@/lib/export/text"

/**
 * An exported SVG as another program drew it: the program's PDF read back by poppler's `pdftotext -bbox`
 * (one box per word, in PDF points), set against the SVG's own coordinates. Used by
 * tests/unit/export-renderers.test.ts for LibreOffice Draw's SVG import and for rsvg-convert.
 */

export type Word = { x0: number; y0: number; x1: number; y1: number; text: string }
export type Page = { width: number; height: number; words: Word[] }

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")

const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

export function readPdf(pdftotext: string, pdf: string): Page {
  const xml = execFileSync(pdftotext, ["-bbox", "-enc", "UTF-8", pdf, "-"], { encoding: "utf8" })
  const page = /<page width="([\d.]+)" height="([\d.]+)">/.exec(xml)
  if (!page) throw new Error(`${pdf}: no page in pdftotext's output`)
  const words = [
    ...xml.matchAll(
      /<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g,
    ),
  ]
    .map((m) => ({ x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: decode(m[5]!).replace(BIDI, "") }))
    .filter((w) => w.text.trim() !== "")
  return { width: +page[1]!, height: +page[2]!, words }
}

export type SvgText = {
  x: number
  y: number
  size: number
  anchor: string
  rtl: boolean
  text: string
  bold?: boolean
}
export type SvgRect = { x: number; y: number; w: number; h: number }
export type SvgFile = { width: number; height: number; title: string; texts: SvgText[]; bars: SvgRect[] }

export function readSvg(svg: string): SvgFile {
  const head = /<svg [^>]*width="([\d.]+)" height="([\d.]+)"/.exec(svg)!
  const texts = [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1]!)?.[1] ?? ""
    const raw = decode(m[2]!)
    return {
      x: +attr("x"),
      y: +attr("y"),
      size: +attr("font-size"),
      anchor: attr("text-anchor") || "start",
      rtl: raw.startsWith("\u202B"),
      text: raw.replace(BIDI, ""),
    }
  })
  const bars = [...svg.matchAll(/<rect ([^>]*data-bar="true"[^>]*)\/>/g)].map((m) => {
    const n = (name: string) => +new RegExp(`\\b${name}="([-\\d.]+)"`).exec(m[1]!)![1]!
    return { x: n("x"), y: n("y"), w: n("width"), h: n("height") }
  })
  const title = decode(/<title>([^<]*)<\/title>/.exec(svg)![1]!)
  return { width: +head[1]!, height: +head[2]!, title, texts, bars }
}

/** Words past the page's edges (half a point of slack for rounding). */
export function wordsOffPage(page: Page): string[] {
  return page.words
    .filter((w) => w.x0 < -0.5 || w.y0 < -0.5 || w.x1 > page.width + 0.5 || w.y1 > page.height + 0.5)
    .map((w) => `"${w.text}" at x ${w.x0.toFixed(1)}–${w.x1.toFixed(1)} of ${page.width.toFixed(1)}`)
}

/** The words drawn on one SVG text line: on its baseline, around where its anchor puts it. */
export function wordsOfLine(page: Page, k: number, t: SvgText): Word[] {
  const est = estimateWidth(t.text, t.size)
  const [left, right] =
    t.anchor === "end"
      ? [t.x - est * 1.6 - t.size, t.x + t.size * 0.8]
      : t.anchor === "start"
        ? [t.x - t.size * 0.8, t.x + est * 1.6 + t.size]
        : [t.x - est, t.x + est]
  return page.words.filter((w) => {
    const cy = (w.y0 + w.y1) / 2 / k
    const cx = (w.x0 + w.x1) / 2 / k
    return cy > t.y - t.size * 0.9 && cy < t.y + t.size * 0.2 && cx > left && cx < right
  })
}

/**
 * Right-aligned Arabic lines (text-anchor end) whose drawn right end is not at their anchor: past it
 * (towards or over the page's edge) or short of it (drawn from the anchor the wrong way). LibreOffice 7.4
 * places a line from its own measure of it, which differs from what it then draws by up to 2.2 % of the
 * line (measured on these exports: lines of 830 px ended 13 px past or 7 px short of the anchor; rsvg
 * within 2 px), so the tolerance is 4 px plus 2.5 % of the line's width. Drawn the wrong way, a line
 * is off by its whole width.
 */
export function rightAlignedOffAnchor(page: Page, svg: SvgFile): string[] {
  const k = page.width / svg.width
  return svg.texts
    .filter((t) => t.rtl && t.anchor === "end")
    .flatMap((t) => {
      const words = wordsOfLine(page, k, t)
      if (words.length === 0) return [`"${t.text.slice(0, 40)}": not found near its anchor x ${t.x}`]
      const end = Math.max(...words.map((w) => w.x1)) / k
      const start = Math.min(...words.map((w) => w.x0)) / k
      return Math.abs(end - t.x) > 4 + 0.025 * (end - start)
        ? [`"${t.text.slice(0, 40)}" ends at x ${end.toFixed(1)}, its anchor is x ${t.x}`]
        : []
    })
}

/**
 * Arabic lines that begin (in reading order) with a Latin word, such as "IWF: نسبة …": that word must be
 * the line's rightmost, as a right-to-left line reads. A left-to-right layout puts it on the left.
 */
export function latinFirstMisordered(page: Page, svg: SvgFile): string[] {
  const k = page.width / svg.width
  return svg.texts
    .filter((t) => t.rtl && /^[A-Za-z]{2,}/.test(t.text) && /[\u0600-\u06FF]/.test(t.text))
    .flatMap((t) => {
      // The last word of the leading Latin run ("SafeNet Bulgaria"), which reads left to right inside it.
      const first = /^[A-Za-z][A-Za-z0-9 .'&-]*/.exec(t.text)![0].trim().split(" ").at(-1)!
      const words = wordsOfLine(page, k, t)
      const own = words.filter((w) => w.text.includes(first))
      if (own.length === 0) return [`"${t.text.slice(0, 40)}": "${first}" not found`]
      const end = Math.max(...words.map((w) => w.x1))
      return Math.max(...own.map((w) => w.x1)) < end - 2 * k
        ? [`"${t.text.slice(0, 40)}": "${first}" is not at the line's right end`]
        : []
    })
}

/** Words drawn over a bar: each word's box, its middle half in height, against each bar's rectangle. */
export function wordsOnBars(page: Page, svg: SvgFile): string[] {
  const k = page.width / svg.width
  const out: string[] = []
  for (const w of page.words) {
    const h = (w.y1 - w.y0) / 4
    const box = { x0: w.x0 / k + 0.5, x1: w.x1 / k - 0.5, y0: (w.y0 + h) / k, y1: (w.y1 - h) / k }
    const bar = svg.bars.find(
      (b) => box.x0 < b.x + b.w - 0.5 && box.x1 > b.x + 0.5 && box.y0 < b.y + b.h && box.y1 > b.y,
    )
    if (bar)
      out.push(
        `"${w.text}" at x ${box.x0.toFixed(1)}–${box.x1.toFixed(1)} on the bar at x ${bar.x}–${bar.x + bar.w}`,
      )
  }
  return out
}

const letters = (s: string) => (s.match(/[\u0621-\u064A\u0671-\u06D3]+/g) ?? []).join("")

/**
 * The page's text as lines: words grouped by baseline, left to right. Arabic comes back in drawing
 * order, so a right-to-left word's letters are reversed, except that a lam-alef (one glyph) keeps its
 * two letters in reading order (see lamAlef).
 */
function pageLines(page: Page): string[] {
  const sorted = [...page.words].sort((a, b) => a.y1 - b.y1)
  const lines: Word[][] = []
  for (const w of sorted) {
    const last = lines.at(-1)
    if (last && Math.abs(last[0]!.y1 - w.y1) < 1.5) last.push(w)
    else lines.push([w])
  }
  return lines.map((l) =>
    l
      .sort((a, b) => a.x0 - b.x0)
      .map((w) => w.text)
      .join(" "),
  )
}

// A lam-alef is one glyph whose two letters come back in reading order, inside words whose other letters
// come back in drawing order (LibreOffice); rsvg with DejaVu Sans joins some pairs and not others (لا but
// not لأ). So every adjacent lam and alef is compared as lam then alef, on both sides.
const lamAlef = (s: string) =>
  s.replace(
    /([\u0627\u0623\u0625\u0622])\u0644|\u0644([\u0627\u0623\u0625\u0622])/g,
    (_, a, b) => `\u0644${a ?? b}`,
  )

/** Words of `text` (a title) that are not on the page, in either reading or drawing order. */
export function missingWords(page: Page, text: string): string[] {
  // A typographic ligature comes back as one character ("ﬁ" in Inkscape's "conﬁrmed"): read as its letters.
  const lines = pageLines(page).map((l) => l.replace(/[\uFB00-\uFB06]/g, (c) => c.normalize("NFKC")))
  const latin = lines.join("|").replace(/[^A-Za-z0-9|]+/g, "")
  const arabic = lamAlef(lines.map(letters).join("|"))
  return text.split(/\s+/).filter((word) => {
    const a = letters(word)
    const forms = [a, [...a].reverse().join("")].map(lamAlef)
    const arabicOk = a === "" || forms.some((f) => arabic.includes(f))
    const latinOk = (word.match(/[A-Za-z0-9]+/g) ?? []).every((p) => latin.includes(p))
    return !(arabicOk && latinOk)
  })
}

/**
 * readSvg for a file that places part of its drawing with `<g transform="translate(x,y)">` (the bridge
 * export moves the page's drawing into place that way): each text's x and y as drawn on the page.
 */
export function readPlacedSvg(svg: string): SvgFile {
  const head = /<svg [^>]*width="([\d.]+)" height="([\d.]+)"/.exec(svg)!
  const texts: SvgText[] = []
  const offsets: [number, number][] = [[0, 0]]
  const tag = /<(\/?)([a-zA-Z]+)((?:[^>"]|"[^"]*")*?)(\/?)>([^<]*)/g
  for (const m of svg.matchAll(tag)) {
    const [, closing, name, attrs, selfClosing, after] = m
    if (name === "g" && !selfClosing) {
      if (closing) offsets.pop()
      else {
        const t = /transform="translate\(([-\d.]+),([-\d.]+)\)"/.exec(attrs!)
        const [dx, dy] = offsets.at(-1)!
        offsets.push(t ? [dx + +t[1]!, dy + +t[2]!] : [dx, dy])
      }
    }
    if (name === "text" && !closing) {
      const attr = (n: string) => new RegExp(`\\b${n}="([^"]*)"`).exec(attrs!)?.[1] ?? ""
      const [dx, dy] = offsets.at(-1)!
      const raw = decode(after!)
      texts.push({
        x: +attr("x") + dx,
        y: +attr("y") + dy,
        size: +attr("font-size"),
        anchor: attr("text-anchor") || "start",
        rtl: raw.startsWith("\u202B"),
        text: raw.replace(BIDI, ""),
        bold: attr("font-weight") === "700",
      })
    }
  }
  const title = decode(/<title>([^<]*)<\/title>/.exec(svg)![1]!)
  return { width: +head[1]!, height: +head[2]!, title, texts, bars: [] }
}

/**
 * Words drawn over words of another line: two boxes that cross by more than a third of the smaller
 * one's height and by more than two points across. Words of one line sit side by side, so they never
 * count; on a page whose lines do not overlap, this is empty.
 */
export function overlappingWords(page: Page): string[] {
  const out: string[] = []
  const words = page.words
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i]!
      const b = words[j]!
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0)
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)
      const h = Math.min(a.y1 - a.y0, b.y1 - b.y0)
      if (dy > h / 3 && dx > 2)
        out.push(`"${a.text}" and "${b.text}" at x ${a.x0.toFixed(1)}, y ${a.y0.toFixed(1)}`)
    }
  return out
}
