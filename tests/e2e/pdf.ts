import { execFileSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"

export type PdfPage = { width: number; height: number; words: { text: string; box: number[] }[] }

/** poppler's pdftotext on a PDF, with `args` (as a reader's viewer would read the file). */
function pdftotext(pdf: Buffer, args: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "printed-pdf-"))
  const file = path.join(dir, "printed.pdf")
  writeFileSync(file, pdf)
  try {
    return execFileSync("pdftotext", [...args, file, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })
  } catch (e) {
    throw new Error(
      `pdftotext (poppler-utils) is needed to read printed pages: apt-get install -y poppler-utils (${String(e)})`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The text of each page in reading order: right-to-left lines with their words in logical order, which
 * the word boxes of pdfWords (left to right on the page) do not give.
 */
export function pdfText(pdf: Buffer): string[] {
  return pdftotext(pdf, []).split("\f")
}

/** The words of each page of a PDF with their boxes. */
export function pdfWords(pdf: Buffer): PdfPage[] {
  const html = pdftotext(pdf, ["-bbox"])
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((p) => ({
    width: Number(p[1]),
    height: Number(p[2]),
    words: [
      ...p[3]!.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((w) => ({ text: w[5]!, box: [1, 2, 3, 4].map((i) => Number(w[i])) })),
  }))
}
