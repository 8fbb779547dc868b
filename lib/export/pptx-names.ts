import type { FigureId } from "../charts/figure-defs"
import type { Locale } from "../data/schema"

// Apart from the builder (pptx.ts), so that pages can name the file without loading pptxgenjs or resvg.

export const PPTX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation"

/**
 * `briefing-deck_<locale>_<version>.pptx` or `figure-<id>_<locale>_<version>.pptx`: what it is, its
 * language and the dataset version, like the other exports' names.
 */
export function pptxFilename(
  what: { deck: true } | { figure: FigureId },
  locale: Locale,
  dataset: { meta: { version: string } },
  year?: number,
): string {
  const stem = "deck" in what ? "briefing-deck" : `figure-${what.figure}`
  return `${stem}${year !== undefined ? `-${year}` : ""}_${locale}_${dataset.meta.version}.pptx`
}
