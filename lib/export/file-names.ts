import type { ExportSize } from "./compose"
import type { Locale } from "../i18n/locale"

// Apart from the builders, so that the export toolbar (a client component) can name a file without
// loading them. The server's Content-Disposition and the toolbar's `download` names come from here, so
// a file saved either way has the same name.

/**
 * `<stem>.<ext>` for the standard size and `<stem>_16x9.<ext>` for the presentation size (SVG, PNG), where
 * the stem is `<id>_<locale>_<dataset-version>`: the two pictures differ, so saving both must not
 * overwrite one with the other or leave the reader guessing which is which.
 */
export function exportFilename(stem: string, ext: string, size?: ExportSize): string {
  return `${stem}${size === "presentation" ? "_16x9" : ""}.${ext}`
}

/**
 * A figure's change bridge exported on its own: `<stem>_bridge.<ext>`, and `<stem>_bridge_16x9.<ext>` at
 * the presentation size, beside the figure's own files without overwriting them.
 */
export function bridgeExportFilename(stem: string, ext: string, size?: ExportSize): string {
  return exportFilename(`${stem}_bridge`, ext, size)
}

/**
 * A file of the full-dataset download, and the download itself: `<name>_<locale>_<dataset-version>.<ext>`
 * (observations_en_1.4.0.csv, dataset_ar_1.4.0.zip), so files of two languages or versions saved side by
 * side keep apart. /api/observations?format=csv names its file the same way.
 */
export function datasetFilename(name: string, locale: Locale, version: string, ext: string): string {
  return `${name}_${locale}_${version}.${ext}`
}
