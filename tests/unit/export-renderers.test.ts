import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { buildChartExport } from "@/lib/export/figure-export"
import {
  latinFirstMisordered,
  missingWords,
  readPdf,
  readSvg,
  rightAlignedOffAnchor,
  wordsOffPage,
  wordsOnBars,
  type Page,
  type SvgFile,
} from "./svg-pdf"
import { soffice, which } from "./outside-programs"

/**
 * The SVG exports as three programs that are not a browser draw them: LibreOffice Draw's SVG import
 * (`soffice --convert-to pdf`), librsvg (`rsvg-convert`, the library GNOME programs draw SVG with) and
 * Inkscape (`inkscape --export-type=pdf`; English files only, see below).
 * Neither reads the embedded fonts, so both use system faces, wider than the embedded ones. LibreOffice
 * 7.4 ignores SVG `direction`: before the exports stopped relying on it, its PDFs of these 8 Arabic files
 * had 162 words off the page, 52 title words missing, 334 of 346 right-aligned lines away from their
 * anchor, 14 lines that start with a Latin name in left-to-right order and 63 words on bars (now 0 of
 * each, in rsvg too). scripts/test.sh (npm test, and so CI) installs what is needed where it can
 * (scripts/find-office.sh); elsewhere this test fails with the command that installs it.
 */

const INSTALL =
  "sudo apt-get install -y --no-install-recommends libreoffice-draw librsvg2-bin inkscape poppler-utils fonts-noto-core fonts-dejavu-core"

const rsvg = which("rsvg-convert")
const inkscape = which("inkscape")
const pdftotext = which("pdftotext")
const ready = Boolean(soffice && rsvg && inkscape && pdftotext)
const PROGRAMS = ["libreoffice", "rsvg", "inkscape"] as const

const IDS = ["cybertipline", "hosting", "sextortion", "inhope"] as const
const LOCALES = ["en", "ar"] as const
const SIZES = ["standard", "presentation"] as const
type Case = {
  name: string
  locale: "en" | "ar"
  svg: SvgFile
  pages: Record<(typeof PROGRAMS)[number], Page>
}
const cases: Case[] = []
let dir = ""

beforeAll(() => {
  if (!ready) return
  dir = mkdtempSync(path.join(tmpdir(), "export-renderers-"))
  const files: { name: string; locale: "en" | "ar"; body: string }[] = []
  for (const id of IDS)
    for (const locale of LOCALES)
      for (const size of SIZES) {
        const body = buildChartExport({ kind: "figure", id }, locale, "svg", {
          origin: "https://dash.example.org",
          size,
        })!.body
        const name = `${id}_${locale}_${size}`
        writeFileSync(path.join(dir, `${name}.svg`), body)
        files.push({ name, locale, body })
      }
  // Its own profile, so that a LibreOffice already open on this machine neither blocks nor is disturbed.
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=file://${path.join(dir, "profile")}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      path.join(dir, "libreoffice"),
      ...files.map((f) => path.join(dir, `${f.name}.svg`)),
    ],
    { stdio: "pipe", timeout: 240_000 },
  )
  // Inkscape writes each file's PDF beside it (name.pdf), all in one run.
  mkdirSync(path.join(dir, "inkscape"))
  for (const f of files) writeFileSync(path.join(dir, "inkscape", `${f.name}.svg`), f.body)
  execFileSync(
    inkscape!,
    ["--export-type=pdf", ...files.map((f) => path.join(dir, "inkscape", `${f.name}.svg`))],
    // Inkscape prints every embedded @font-face rule it does not use, megabytes of it: not kept.
    { stdio: "ignore", timeout: 240_000 },
  )
  for (const f of files) {
    const svgFile = path.join(dir, `${f.name}.svg`)
    const rsvgPdf = path.join(dir, `${f.name}.rsvg.pdf`)
    execFileSync(rsvg!, ["-f", "pdf", "-o", rsvgPdf, svgFile], { stdio: "pipe", timeout: 60_000 })
    cases.push({
      name: f.name,
      locale: f.locale,
      svg: readSvg(f.body),
      pages: {
        libreoffice: readPdf(pdftotext!, path.join(dir, "libreoffice", `${f.name}.pdf`)),
        rsvg: readPdf(pdftotext!, rsvgPdf),
        inkscape: readPdf(pdftotext!, path.join(dir, "inkscape", `${f.name}.pdf`)),
      },
    })
  }
}, 300_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe("the SVG exports in LibreOffice Draw, rsvg and Inkscape", () => {
  it("can be checked here (scripts/find-office.sh installs what is needed under npm test)", () => {
    if (!ready)
      throw new Error(
        `LibreOffice Draw (soffice), rsvg-convert, Inkscape and poppler-utils (pdftotext) are needed to check the SVG export in other programs: ${INSTALL}`,
      )
    expect(cases).toHaveLength(IDS.length * LOCALES.length * SIZES.length)
  })

  describe.each(PROGRAMS)("in %s", (program) => {
    // Inkscape 1.2 is held to the English files only. Its PDFs of the Arabic ones (measured here) set a
    // Latin name inside an Arabic line out of order and without its spaces ("ومن دونهاINHOPEبلاغات"):
    // 82 title words not found and 9 lines that start with a Latin name misordered. It does not follow
    // the files' in-band direction marks (lib/export/text.ts), which LibreOffice, rsvg and browsers do.
    // No one file can satisfy both (tried here, 2026-12-03, on the INHOPE title): Inkscape sets an Arabic
    // line in order only with `direction="rtl"` and `text-anchor="start"`, and ignores RLE/PDF, RLI/PDI
    // and RLM; LibreOffice 7.4 ignores `direction` and `writing-mode`, so that same line then starts at
    // the right margin and runs off the page. The files keep the marks, which LibreOffice (and so Impress,
    // where slides are made) reads.
    const inScope = (c: Case) => program !== "inkscape" || c.locale === "en"
    const each = (check: (c: Case, page: Page) => string[]) =>
      cases.filter(inScope).flatMap((c) => check(c, c.pages[program]).map((p) => `${c.name}: ${p}`))

    it("draws the page at the SVG's size, in proportion", () => {
      expect(
        each((c, page) => {
          const k = page.width / c.svg.width
          return Math.abs(page.height / k - c.svg.height) > 1 ? [`${page.width}×${page.height} pt`] : []
        }),
      ).toEqual([])
    })

    it("keeps every word inside the page", () => {
      expect(each((_, page) => wordsOffPage(page))).toEqual([])
    })

    it("shows every word of the title", () => {
      expect(each((c, page) => missingWords(page, c.svg.title))).toEqual([])
    })

    it("ends each right-aligned Arabic line at its anchor, the right margin for text", () => {
      expect(each((c, page) => (c.locale === "ar" ? rightAlignedOffAnchor(page, c.svg) : []))).toEqual([])
    })

    it("reads an Arabic line that starts with a Latin name (IWF: …) from the right", () => {
      expect(each((c, page) => (c.locale === "ar" ? latinFirstMisordered(page, c.svg) : []))).toEqual([])
    })

    it("puts no label or value on a bar", () => {
      const hosting = cases.filter((c) => c.name.startsWith("hosting_"))
      expect(hosting.every((c) => c.svg.bars.length > 0)).toBe(true)
      expect(each((c, page) => wordsOnBars(page, c.svg))).toEqual([])
    })
  })
})
