import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { parseFigureList } from "@/lib/deck/slides"
import { getDataset } from "@/lib/data/dataset"
import { buildDeckModel, writeDeck, type DeckModel } from "@/lib/export/pptx"
import { soffice, which } from "./outside-programs"

/**
 * The default decks opened by a real presentation program: LibreOffice Impress, headless, converts each
 * .pptx to PDF with its notes pages (one page per slide, then one per slide's notes), and poppler's
 * pdftotext reads each page back. scripts/test.sh (npm test, and so CI) installs both where it can
 * (scripts/find-office.sh); elsewhere this test fails with the command that installs them.
 */

const INSTALL =
  "sudo apt-get install -y --no-install-recommends libreoffice-impress poppler-utils fonts-noto-core"

const pdftotext = which("pdftotext")
const pdfinfo = which("pdfinfo")

// Whitespace, soft hyphens and hyphens go: LibreOffice breaks lines inside words and pdftotext joins
// them ("end-to-" + "end" → "endto-end"); bidi controls go too (pdftotext adds them around Arabic).
const squash = (s: string) =>
  s.normalize("NFC").replace(/[\s\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069\u2010\u2011\u2212-]+/g, "")

// Arabic comes back from pdftotext in display order where it is not plain letters: the two letters of a
// ligature (لا, لأ: one glyph) reversed, and a word with a vowel mark (شدّة, تنوين) cut where the
// mark is, into pieces in right-to-left order, now and then with a stray Latin letter. What LibreOffice
// drew is right (the pages show it); what is checked is that every Arabic word is on the page, as its
// letters with any other character removed and each lam-alef in pdftotext's order, except words with a
// vowel mark, which pdftotext cannot give back whole; and that the Latin parts (addresses, numbers) are
// there whole.
const VOWEL_MARKS = /[\u064B-\u0652\u0670]/
const letters = (s: string) => (s.match(/[\u0621-\u064A\u0671-\u06D3]+/g) ?? []).join("")
// Lam-alif-maqsura (لى) is one glyph in some sizes and two in others, so either order will do.
const asExtracted = (word: string) => {
  const plain = letters(word.replace(/\u0640/g, "")).replace(
    /\u0644([\u0627\u0623\u0625\u0622])/g,
    "$1\u0644",
  )
  return [plain, plain.replace(/\u0644\u0649/g, "\u0649\u0644")]
}

type Deck = { model: DeckModel; pages: string[] }
const decks: Partial<Record<"en" | "ar", Deck>> = {}
let dir = ""

beforeAll(async () => {
  if (!soffice || !pdftotext || !pdfinfo) return
  dir = mkdtempSync(path.join(tmpdir(), "pptx-libreoffice-"))
  const dataset = getDataset()
  const { ids, invalid } = parseFigureList(undefined)
  const models = {
    en: buildDeckModel(dataset, "en", ids, invalid, "https://dash.example.org"),
    ar: buildDeckModel(dataset, "ar", ids, invalid, "https://dash.example.org"),
  }
  for (const [locale, model] of Object.entries(models)) {
    writeFileSync(path.join(dir, `deck-${locale}.pptx`), await writeDeck(model))
  }
  // Its own profile, so that a LibreOffice already open on this machine neither blocks nor is disturbed.
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${path.join(dir, "profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"}}',
      "--outdir",
      dir,
      path.join(dir, "deck-en.pptx"),
      path.join(dir, "deck-ar.pptx"),
    ],
    { stdio: "pipe", timeout: 240_000 },
  )
  for (const [locale, model] of Object.entries(models) as ["en" | "ar", DeckModel][]) {
    const pdf = path.join(dir, `deck-${locale}.pdf`)
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync(pdfinfo, [pdf], { encoding: "utf8" }))?.[1])
    const pages = Array.from({ length: count }, (_, i) =>
      execFileSync(pdftotext, ["-f", String(i + 1), "-l", String(i + 1), "-enc", "UTF-8", pdf, "-"], {
        encoding: "utf8",
      }),
    )
    decks[locale] = { model, pages }
  }
}, 300_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** What a slide must show, and what its notes page must carry. */
function expected(model: DeckModel, i: number): { slide: string[]; notes: string[] } {
  const s = model.slides[i]!
  const slide = [s.title, model.footer]
  if (s.kind === "figure") {
    // The default deck is about each figure's latest change: every figure has a headline.
    const h = s.figure.headline
    if (!h) throw new Error(`${s.id} has no headline in the default deck`)
    slide.push(h.value, h.change, s.verdict, ...s.figure.caveats.map((c) => c.title))
  }
  if (s.kind === "bridge") {
    // The change, each part with its range, what the bridge rests on, and its sources, as text.
    const b = s.bridge
    slide.push(b.change, ...b.parts.map((p) => p.head), ...b.parts.flatMap((p) => p.qualifies ?? []))
    slide.push(...b.assumptions, b.sourceLine)
  }
  if (s.kind === "text" && s.id === "closing") slide.push(...s.columns.flat().map((p) => p.text))
  return { slide, notes: s.notes }
}

/** Each text that is not on the page, with the words or parts of it that are not. */
function missing(page: string, texts: string[], locale: "en" | "ar"): string[] {
  const on = squash(page)
  const arabic = letters(page)
  return texts.flatMap((t) => {
    if (locale === "en") return on.includes(squash(t)) ? [] : [t]
    const latin = t.match(/https?:\/\/[^\s)]+|\d[\d.,]*\d|\d/g) ?? []
    const lost = [
      ...(t.match(/[\u0600-\u06FF]+/g) ?? [])
        .filter((w) => !VOWEL_MARKS.test(w) && letters(w) !== "")
        .filter((w) => !asExtracted(w).some((x) => arabic.includes(x))),
      ...latin.filter((l) => !on.includes(squash(l))),
    ]
    return lost.length > 0 ? [`${t.slice(0, 60)}… [${lost.join(" ")}]`] : []
  })
}

describe.each(["en", "ar"] as const)("the default %s deck in LibreOffice Impress", (locale) => {
  it("is installed here (scripts/find-office.sh installs it under npm test)", () => {
    if (!soffice || !pdftotext || !pdfinfo) {
      throw new Error(
        `LibreOffice Impress (soffice) and poppler-utils (pdftotext, pdfinfo) are needed to check the PowerPoint export: ${INSTALL}`,
      )
    }
  })

  it("renders one page per slide, then one per slide's notes", () => {
    const deck = decks[locale]
    expect(deck, "no PDF was made").toBeDefined()
    expect(deck!.pages).toHaveLength(deck!.model.slides.length * 2)
    // Title, how to read, seven figures and the four bridges of their changes, report gaps, closing.
    expect(deck!.model.slides).toHaveLength(15)
    expect(deck!.model.slides.filter((s) => s.kind === "bridge")).toHaveLength(4)
  })

  it("shows every slide's title, headline, verdict, caveats and footer, and every support resource", () => {
    const { model, pages } = decks[locale]!
    const lost = model.slides.flatMap((s, i) =>
      missing(pages[i]!, expected(model, i).slide, locale).map((t) => `slide ${i + 1} (${s.id}): ${t}`),
    )
    expect(lost).toEqual([])
  })

  it("carries every talking point and every caveat in full on the notes pages", () => {
    const { model, pages } = decks[locale]!
    const n = model.slides.length
    const lost = model.slides.flatMap((s, i) =>
      missing(pages[n + i]!, expected(model, i).notes, locale).map((t) => `notes ${i + 1} (${s.id}): ${t}`),
    )
    expect(lost).toEqual([])
  })

  it("draws the charts as pictures, not as text", () => {
    // The chart's own labels (axis values, legend) are inside the picture, so they are not PDF text.
    const { pages } = decks[locale]!
    expect(pages[2]).not.toMatch(/\b40M\b/)
    expect(readFileSync(path.join(dir, `deck-${locale}.pdf`)).includes("/Image")).toBe(true)
  })
})
