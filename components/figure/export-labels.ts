import { translatorFor } from "@/lib/i18n/translate"
import type { Locale } from "@/lib/data/schema"
import type { ExportLabels } from "./export-toolbar"

/**
 * The export toolbar's words, for a chart's toolbar and a change bridge's alike: one list, so the two
 * cannot drift. `downloads` names what the files are of (the figure, or its bridge).
 */
export function exportLabels(locale: Locale, title: string, downloads?: string): ExportLabels {
  const te = translatorFor(locale, "export")
  return {
    downloads: downloads ?? te("downloads"),
    png: te("png"),
    svg: te("svg"),
    csv: te("csv"),
    json: te("json"),
    pptx: te("pptx"),
    xlsx: te("xlsx"),
    copyImage: te("copyImage"),
    copyLink: te("copyLink"),
    copiedImage: te("copiedImage"),
    copiedLink: te("copiedLink"),
    copyFailed: te("copyFailed"),
    working: te("working"),
    size: te("size"),
    standard: te("standard"),
    presentation: te("presentation"),
    embed: te("embed"),
    embedHelp: te("embedHelp"),
    embedTitle: te("embedTitle", { title }),
  }
}
