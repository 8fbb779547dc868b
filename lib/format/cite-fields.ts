import { gtaName } from "./citation"
import { ACCESSED_SLOT, URL_SLOT, type CiteFields } from "./cite-this"
import { figureTitle } from "../analysis/figure-year"
import { FIGURES, figureSeriesIds, type FigureId } from "../charts/figure-defs"
import { formatList } from "./values"
import { localizedPath } from "../i18n/paths"
import { translatorFor } from "../i18n/translate"
import { getSeries } from "../data/observations"
import type { Dataset, Locale } from "../data/schema"
import { formatEventDate } from "./time"

// BibTeX's (babel's) names for the two languages: codes for programs, not words for readers.
const BIB_LANGUAGE: Record<Locale, string> = { en: "english", ar: "arabic" }

/**
 * A figure's citation as far as the server can write it (lib/format/cite-this.ts says what is left): the
 * dashboard's name, the figure's title, the dataset's version and date, the figure's page, and a note
 * naming the GTA 2025 and the organisations whose figures it draws. In the page's language, from the
 * catalogue.
 */
export function citeFields(dataset: Dataset, id: FigureId, locale: Locale): CiteFields {
  const t = translatorFor(locale, "cite")
  const { meta } = dataset
  const dashboard = meta.title[locale]
  const title = figureTitle(dataset, id, locale)
  const date = formatEventDate(meta.updated, locale)
  const sourceIds = new Set(figureSeriesIds(FIGURES[id]).map((s) => getSeries(dataset, s)!.sourceId))
  const sources = dataset.sources.filter((s) => sourceIds.has(s.id)).map((s) => s.shortName)
  return {
    locale,
    path: localizedPath(`/figures/${id}`, locale),
    plain: t("plain", {
      dashboard,
      title,
      version: meta.version,
      date,
      url: URL_SLOT,
      accessed: ACCESSED_SLOT,
    }),
    accessedPending: t("accessedPending"),
    bibtex: {
      // Letters, digits and dashes only: every BibTeX and biber version accepts such a key.
      key: `csea-reporting-trends-${id}-${meta.version.replaceAll(".", "-")}${locale === "en" ? "" : `-${locale}`}`,
      author: dashboard,
      title: `${dashboard}: ${title}`,
      year: meta.updated.slice(0, 4),
      version: meta.version,
      howpublished: t("kind"),
      note: t("note", {
        version: meta.version,
        date,
        gta: gtaName(locale),
        sources: formatList(sources, locale),
      }),
      language: BIB_LANGUAGE[locale],
    },
  }
}
