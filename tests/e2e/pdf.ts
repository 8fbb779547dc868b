import { execFileSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"

export type PdfPage = { width: number; height: number; words: { text: string; box: number[] }[] }

/** The words of each page of a PDF with their boxes, read by poppler's pdftotext (as a reader's viewer would). */
export function pdfWords(pdf: Buffer): PdfPage[] {
  const dir = mkdtempSync(path.join(tmpdir(), "printed-pdf-"))
  const file = path.join(dir, "deck.pdf")
  writeFileSync(file, pdf)
  let html: string
  try {
    html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 })
  } catch (e) {
    throw new Error(
      `pdftotext (poppler-utils) is needed to read printed pages: apt-get install -y poppler-utils (${String(e)})`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
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
