import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { getDataset } from "@/lib/data/dataset"
import { buildBridgeExport } from "@/lib/export/bridge-export"
import {
  latinFirstMisordered,
  missingWords,
  overlappingWords,
  readPdf,
  readPlacedSvg,
  rightAlignedOffAnchor,
  wordsOffPage,
  type Page,
  type SvgFile,
} from "./svg-pdf"
import { soffice, which } from "./outside-programs"

/**
 * The bridge exports as programs other than a browser open them, as tests/unit/export-renderers.test.ts
 * does for the figures: the SVG in LibreOffice Draw (to PDF) and librsvg (rsvg-convert), read back with
 * pdftotext, and the CSV in LibreOffice Calc with German and French number settings, where a plain
 * "4.1" stays text. Neither SVG renderer reads the embedded fonts, so both set the words in system faces
 * wider than the embedded ones. scripts/test.sh installs the programs where it can; elsewhere this test
 * fails with the command that installs them.
 */

const INSTALL =
  "sudo apt-get install -y --no-install-recommends libreoffice-draw libreoffice-calc librsvg2-bin poppler-utils fonts-noto-core fonts-dejavu-core"

const rsvg = which("rsvg-convert")
const pdftotext = which("pdftotext")
const ready = Boolean(soffice && rsvg && pdftotext)

const dataset = getDataset()
const origin = "https://dash.example.org"
const IDS = ["cybertipline", "inhope", "enticement", "genai"] as const
const LOCALES = ["en", "ar"] as const
const SIZES = ["standard", "presentation"] as const
const SHEET_LOCALES = { "de-DE": 1031, "fr-FR": 1036 } as const

type Case = { name: string; locale: "en" | "ar"; svg: SvgFile; pages: Record<"libreoffice" | "rsvg", Page> }
const cases: Case[] = []
/** Per Calc locale and file: the value-type Calc gave each value_any_locale cell, and its value. */
const sheets: Record<string, Record<string, { type?: string; value?: string }[]>> = {}
let dir = ""

const office = (args: string[]) =>
  execFileSync(
    soffice!,
    [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--norestore", ...args],
    { stdio: "pipe", timeout: 240_000 },
  )

/** The value_any_locale column of a flat ODF sheet, as Calc typed it (cells in document order). */
function anyLocaleCells(xml: string): { type?: string; value?: string }[] {
  const rows = [...xml.matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)].map((r) =>
    [
      ...r[1]!.matchAll(/<table:table-cell\b((?:[^>"]|"[^"]*")*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g),
    ].flatMap((m) => {
      const attr = (n: string) => new RegExp(`${n}="([^"]*)"`).exec(m[1]!)?.[1]
      const cell = {
        type: attr("office:value-type"),
        value: attr("office:value"),
        text: (m[2] ?? "").replace(/<[^>]+>/g, "").trim(),
      }
      return Array.from(
        { length: Math.min(Number(attr("table:number-columns-repeated") ?? 1), 64) },
        () => cell,
      )
    }),
  )
  const i = rows[0]!.findIndex((c) => c.text === "value_any_locale")
  return rows.slice(1).flatMap((r) => (r[i] && r[i]!.text !== "" ? [r[i]!] : []))
}

beforeAll(() => {
  if (!ready) return
  dir = mkdtempSync(path.join(tmpdir(), "bridge-renderers-"))
  const files: { name: string; locale: "en" | "ar"; body: string }[] = []
  for (const id of IDS)
    for (const locale of LOCALES)
      for (const size of SIZES) {
        const body = buildBridgeExport(dataset, id, locale, "svg", { origin, size })!.body
        const name = `${id}_${locale}_${size}`
        writeFileSync(path.join(dir, `${name}.svg`), body)
        files.push({ name, locale, body })
      }
  office([
    "--convert-to",
    "pdf",
    "--outdir",
    path.join(dir, "libreoffice"),
    ...files.map((f) => path.join(dir, `${f.name}.svg`)),
  ])
  for (const f of files) {
    const svgFile = path.join(dir, `${f.name}.svg`)
    const rsvgPdf = path.join(dir, `${f.name}.rsvg.pdf`)
    execFileSync(rsvg!, ["-f", "pdf", "-o", rsvgPdf, svgFile], { stdio: "pipe", timeout: 60_000 })
    cases.push({
      name: f.name,
      locale: f.locale,
      svg: readPlacedSvg(f.body),
      pages: {
        libreoffice: readPdf(pdftotext!, path.join(dir, "libreoffice", `${f.name}.pdf`)),
        rsvg: readPdf(pdftotext!, rsvgPdf),
      },
    })
  }
  const csvs = IDS.flatMap((id) =>
    LOCALES.map((locale) => {
      const file = path.join(dir, `${id}_${locale}.csv`)
      writeFileSync(file, buildBridgeExport(dataset, id, locale, "csv", { origin })!.body)
      return file
    }),
  )
  for (const [locale, lcid] of Object.entries(SHEET_LOCALES)) {
    const out = path.join(dir, locale)
    mkdirSync(out)
    // Comma, double quote, UTF-8 (76), from line 1, no column types given, the locale's number rules.
    office([`--infilter=CSV:44,34,76,1,,${lcid}`, "--convert-to", "fods", "--outdir", out, ...csvs])
    sheets[locale] = {}
    for (const file of csvs) {
      const fods = path.join(out, `${path.basename(file, ".csv")}.fods`)
      if (existsSync(fods))
        sheets[locale]![path.basename(file, ".csv")] = anyLocaleCells(readFileSync(fods, "utf8"))
    }
  }
}, 600_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe("the bridge's SVG files in LibreOffice Draw and rsvg", () => {
  it("can be checked here (scripts/find-office.sh installs what is needed under npm test)", () => {
    if (!ready)
      throw new Error(
        `LibreOffice (soffice), rsvg-convert and poppler-utils (pdftotext) are needed to check the bridge exports in other programs: ${INSTALL}`,
      )
    expect(cases).toHaveLength(16)
  })

  describe.each(["libreoffice", "rsvg"] as const)("in %s", (program) => {
    const each = (check: (c: Case, page: Page) => string[]) =>
      cases.flatMap((c) => check(c, c.pages[program]).map((p) => `${c.name}: ${p}`))

    it("draws the page at the SVG's size, in proportion (16:9 exactly 1920×1080)", () => {
      expect(
        each((c, page) => {
          const k = page.width / c.svg.width
          return Math.abs(page.height / k - c.svg.height) > 1 ? [`${page.width}×${page.height} pt`] : []
        }),
      ).toEqual([])
      expect(
        cases.filter((c) => c.name.endsWith("_presentation")).map((c) => [c.svg.width, c.svg.height]),
      ).toEqual(Array.from({ length: 8 }, () => [1920, 1080]))
    })

    it("keeps every word inside the page", () => {
      expect(each((_, page) => wordsOffPage(page))).toEqual([])
    })

    it("sets no line over another", () => {
      expect(each((_, page) => overlappingWords(page))).toEqual([])
    })

    it("shows every word of the title", () => {
      expect(each((c, page) => missingWords(page, c.svg.title))).toEqual([])
    })

    it("ends each right-aligned Arabic line at its anchor", () => {
      expect(each((c, page) => (c.locale === "ar" ? rightAlignedOffAnchor(page, c.svg) : []))).toEqual([])
    })

    it("reads an Arabic line that starts with a Latin name (Meta: …) from the right", () => {
      expect(each((c, page) => (c.locale === "ar" ? latinFirstMisordered(page, c.svg) : []))).toEqual([])
    })
  })
})

describe("the bridge's CSV files in LibreOffice Calc", () => {
  it.each(Object.keys(SHEET_LOCALES))("with %s settings, read value_any_locale as numbers", (locale) => {
    if (!soffice) throw new Error(`LibreOffice is not installed: ${INSTALL}`)
    // The rows' values, written out here rather than read through the code under test.
    expect(sheets[locale]!["cybertipline_en"]).toEqual(
      ["36210368", "-6900000", "-110368", "29200000", "-8700000", "20500000"].map((value) => ({
        type: "float",
        value,
        text: expect.any(String),
      })),
    )
    for (const id of IDS)
      for (const lang of LOCALES) {
        const cells = sheets[locale]![`${id}_${lang}`]
        expect(cells, `${id}_${lang}`).toBeDefined()
        expect(cells!.length).toBeGreaterThanOrEqual(4)
        for (const c of cells!) expect(c.type, `${id}_${lang}`).toBe("float")
      }
  })
})
