import { citationFields, formatCitations } from "../format/citation"
import { translatorFor } from "../i18n/translate"
import type { Caveat, Citation, Dataset, Locale, Observation, Source } from "../data/schema"
import type { CellValue, SheetModel } from "./xlsx"
import { observationKey } from "../data/observation-key"

// The sheets a figure's workbook and the full download share (caveats, sources, citations, about), so a
// caveat or a citation reads the same in every file that carries it. Columns are named as in the CSV
// files; each header is its message under spreadsheet.column, in the file's language.

const ts = (locale: Locale) => translatorFor(locale, "spreadsheet")

/** Columns by their CSV names, with their headers in `locale`. */
function sheetColumns(keys: readonly string[], locale: Locale) {
  const t = ts(locale)
  return keys.map((key) => ({ key, header: t(`column.${key}`) }))
}

/** A sheet from rows keyed by column: the one shape both a workbook and a CSV file are written from. */
export function sheetOf<K extends string>(
  name: string,
  keys: readonly K[],
  rows: readonly Partial<Record<K, CellValue>>[],
  locale: Locale,
): SheetModel {
  return { name, columns: sheetColumns(keys, locale), rows: rows.map((r) => keys.map((k) => r[k])) }
}

const CAVEAT_COLUMNS = ["id", "kind", "applies_to", "periods", "title", "text", "citation"] as const

export function caveatsSheet(caveats: readonly Caveat[], locale: Locale): SheetModel {
  return sheetOf(
    ts(locale)("sheet.caveats"),
    CAVEAT_COLUMNS,
    caveats.map((c) => ({
      id: c.id,
      kind: c.kind,
      applies_to: c.appliesTo.seriesIds === "all" ? "all" : c.appliesTo.seriesIds.join(";"),
      periods: c.appliesTo.periods?.join(";"),
      title: c.title[locale],
      text: c.text[locale],
      citation: formatCitations(c.citations, locale),
    })),
    locale,
  )
}

const SOURCE_COLUMNS = ["id", "name", "short_name", "url", "unit_meaning", "methodology", "coverage"] as const

export function sourcesSheet(sources: readonly Source[], locale: Locale): SheetModel {
  return sheetOf(
    ts(locale)("sheet.sources"),
    SOURCE_COLUMNS,
    sources.map((s) => ({
      id: s.id,
      name: s.name[locale],
      short_name: s.shortName,
      url: s.url,
      unit_meaning: s.unitMeaning[locale],
      methodology: s.methodology[locale],
      coverage: s.coverage[locale],
    })),
    locale,
  )
}

const CITATION_COLUMNS = [
  "cited_kind",
  "cited_for",
  "source",
  "url",
  "locator",
  "quote",
  "confidence",
  "read",
  "read_as_written",
  "note",
] as const

type Cited = { kind: "observation" | "caveat"; for: string; citations: readonly Citation[] }

/** Every citation of the given observations and caveats, one row each, with the date read as a date cell. */
export function citationsSheet(cited: readonly Cited[], dataset: Dataset, locale: Locale): SheetModel {
  const t = ts(locale)
  return sheetOf(
    t("sheet.citations"),
    CITATION_COLUMNS,
    cited.flatMap((item) =>
      item.citations.map((c) => {
        const f = citationFields(c, locale, dataset.meta.seed.url)
        return {
          ...f,
          cited_kind: t(`citedKind.${item.kind}`),
          cited_for: item.for,
          read: f.read ? { date: f.read } : undefined,
        }
      }),
    ),
    locale,
  )
}

/** The citations of observations, then of caveats, as `citationsSheet` lists them. */
export function citedOf(observations: readonly Observation[], caveats: readonly Caveat[]): Cited[] {
  return [
    ...observations.map((o) => ({
      kind: "observation" as const,
      for: observationKey(o),
      citations: o.citations,
    })),
    ...caveats.map((c) => ({ kind: "caveat" as const, for: c.id, citations: c.citations })),
  ]
}

/**
 * The file's provenance (title, address, dataset version and date, the warning every chart carries) and
 * then, for each sheet before it, each column's header beside its name in the CSV files.
 */
export function aboutSheet(
  locale: Locale,
  o: { title: string; address: string; dataset: Dataset; sources?: string },
  sheets: readonly SheetModel[],
): SheetModel {
  const t = ts(locale)
  const rows: [string, CellValue][] = [
    [t("about.title"), o.title],
    [t("about.address"), o.address],
    [t("about.datasetVersion"), o.dataset.meta.version],
    [t("about.datasetDate"), { date: o.dataset.meta.updated }],
    ...(o.sources ? [[t("about.sources"), o.sources] as [string, CellValue]] : []),
    [t("about.notPrevalence"), translatorFor(locale, "explainer")("intro")],
    [t("about.columns"), undefined],
    ...sheets.flatMap((s) => s.columns.map((c): [string, CellValue] => [`${s.name}: ${c.header}`, c.key])),
  ]
  return { name: t("sheet.about"), columns: sheetColumns(["label", "content"], locale), rows }
}
