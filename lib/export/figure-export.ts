import type { ChartRef, FigureSpec } from "../charts/spec"
import { exportCaveats, getChartContent, type ChartContent } from "../charts/content"
import { caveatsForObservation } from "../data/caveats"
import { formatCitations } from "../format/citation"
import { observationTier } from "../data/confidence"
import { localeSafeNumber, toCsv } from "./csv"
import { getDataset } from "../data/dataset"
import { getChartSpec } from "../charts/served-spec"
import { COMMA, formatAssumptions, formatObservation } from "../format/values"
import { translatorFor } from "../i18n/translate"
import { labelStatuses } from "../charts/marks"
import { buildHeadline } from "../deck/slides"
import { isFigureId, type FigureId } from "../charts/figure-defs"
import {
  getSeries,
  OBSERVATION_DETAIL_COLUMNS,
  OBSERVATION_VALUE_COLUMNS,
  PROVENANCE_COLUMNS,
  provenanceCells,
} from "../data/observations"
import type { Caveat, Locale, Observation } from "../data/schema"
import { formatPeriod } from "../format/time"
import { bridgeJson, figureBridge } from "./bridge-export"
import { composeChartSvg, composeFigureSvg, type ComposeInput, type ExportSize } from "./compose"
import { exportFilename } from "./file-names"
import { embeddedFontCss } from "./fonts"

export type ExportFormat = "svg" | "csv" | "json"

export type ExportFile = { body: string; contentType: string; filename: string }

/** The observations CSV's columns (lib/data/observations.ts), with what a figure's rows add around them. */
export const FIGURE_CSV_COLUMNS = [
  "chart_id",
  "series_id",
  "series",
  ...OBSERVATION_VALUE_COLUMNS,
  "value_label",
  ...OBSERVATION_DETAIL_COLUMNS,
  ...PROVENANCE_COLUMNS,
] as const

/**
 * "2024, INHOPE reports: assumes …" for each drawn value that rests on assumptions (variants are listed in
 * the table, not drawn, except the derived adjusted views).
 */
function drawnAssumptions(
  observations: Observation[],
  locale: Locale,
  label: (o: Observation) => string,
): string[] {
  return observations
    .filter((o) => o.assumptions && (!o.variant || o.variant.startsWith("without-")))
    .map(
      (o) => `${formatPeriod(o.period, locale)}${COMMA[locale]}${label(o)}: ${formatAssumptions(o, locale)}`,
    )
}

/**
 * The rows a chart's table shows, each with its caveats and citation, in the order of
 * content.observations: the rows of its CSV, JSON and spreadsheet exports alike
 * (lib/export/figure-xlsx.ts), so no file can list a row the others do not.
 */
export function figureRows(
  dataset: ReturnType<typeof getDataset>,
  ref: ChartRef,
  locale: Locale,
  content: ChartContent,
) {
  return content.observations.map((obs) => {
    const series = getSeries(dataset, obs.seriesId)!
    const obsCaveats = caveatsForObservation(dataset, obs)
    return {
      chart_id: ref.id,
      series_id: obs.seriesId,
      series: series.title[locale],
      period: obs.period,
      country: obs.country ?? "",
      category: obs.category ?? "",
      variant: obs.variant ?? "",
      value: obs.value,
      value_label: formatObservation(obs, series.unit, locale),
      unit: series.unit,
      status: obs.status,
      qualifier: obs.qualifier ?? "",
      tier: observationTier(obs),
      range_low: obs.range?.low ?? "",
      range_high: obs.range?.high ?? "",
      arithmetic: obs.arithmetic?.[locale] ?? "",
      assumptions: formatAssumptions(obs, locale),
      caveat_ids: obsCaveats.map((c) => c.id).join(";"),
      caveat: obsCaveats.map((c) => `${c.title[locale]}: ${c.text[locale]}`).join(" | "),
      citation: formatCitations(obs.citations, locale),
    }
  })
}

/**
 * A chart as a file that keeps its provenance: the SVG image with its caveats and sources inside it, or
 * exactly the rows its table shows, each with its caveat text and citation.
 */
export function buildChartExport(
  ref: ChartRef,
  locale: Locale,
  format: ExportFormat,
  o: { size?: ExportSize; origin: string; scale?: "linear" | "log"; embedFonts?: boolean },
): ExportFile | undefined {
  const dataset = getDataset()
  const content = getChartContent(dataset, ref, locale)
  const spec = getChartSpec(ref, locale)
  if (!content || !spec) return undefined
  const url = `${o.origin}${content.pagePath}`
  if (format === "svg") {
    const body = composeFigureSvg(
      composeInput(ref, locale, content, spec, {
        size: o.size ?? "standard",
        url,
        scale: o.scale,
        fontCss: o.embedFonts === false ? undefined : embeddedFontCss(locale),
      }),
    )
    return {
      body,
      contentType: "image/svg+xml; charset=utf-8",
      filename: exportFilename(content.fileStem, "svg", o.size),
    }
  }

  const rows = figureRows(dataset, ref, locale, content)
  if (format === "csv") {
    // A byte-order mark, so that Excel opens UTF-8 (Arabic, «», –) correctly.
    // The file's provenance as columns of every row, not as rows of their own: a header line first and
    // the same number of fields on every line keep the file standard CSV (RFC 4180) that Calc, Excel and
    // every CSV reader import as one table, and a row copied or filtered out of it keeps them.
    const provenance = provenanceCells(dataset, url)
    const body = `\uFEFF${toCsv(
      FIGURE_CSV_COLUMNS,
      rows.map((r) => {
        const row = { ...r, ...provenance, value_any_locale: localeSafeNumber(r.value) }
        return FIGURE_CSV_COLUMNS.map((c) => row[c])
      }),
    )}`
    return { body, contentType: "text/csv; charset=utf-8", filename: exportFilename(content.fileStem, "csv") }
  }
  const body = JSON.stringify(
    {
      chart: ref,
      locale,
      title: content.title,
      takeaway: content.takeaway ?? null,
      url,
      dataset: {
        version: dataset.meta.version,
        updated: dataset.meta.updated,
        source: dataset.meta.seed.title[locale],
      },
      sourceLine: content.sourceLine,
      caveats: fileCaveats(content, dataset.caveats, rows).map((c) => ({
        id: c.id,
        kind: c.kind,
        title: c.title[locale],
        text: c.text[locale],
        citations: c.citations,
      })),
      rows,
      // A figure's JSON carries its change bridge too (the same object as its part=bridge export), so
      // the file that gives the numbers also gives the parts the headline change is made of.
      ...(ref.kind === "figure" ? { bridge: figureBridgeJson(dataset, ref.id, locale, o.origin) } : {}),
    },
    null,
    2,
  )
  // No byte-order mark in JSON: JSON parsers reject it (the CSV has one for spreadsheets).
  return {
    body,
    contentType: "application/json; charset=utf-8",
    filename: exportFilename(content.fileStem, "json"),
  }
}

/** The figure's bridge as data, or null where the figure has none. */
function figureBridgeJson(
  dataset: ReturnType<typeof getDataset>,
  id: string,
  locale: Locale,
  origin: string,
) {
  const bridge = figureBridge(dataset, id)
  return bridge ? bridgeJson(dataset, bridge, locale, origin) : null
}

/**
 * The file's caveats: the chart's own (those that explain a change or qualify a value) and then every
 * other caveat a row names, in the order the rows first name them, so that each `caveat_ids` entry can
 * be looked up in the file itself rather than only through /api/caveats.
 */
export function fileCaveats(content: ChartContent, all: Caveat[], rows: { caveat_ids: string }[]): Caveat[] {
  const listed = exportCaveats(content)
  const ids = new Set(listed.map((c) => c.id))
  for (const id of rows.flatMap((r) => (r.caveat_ids ? r.caveat_ids.split(";") : []))) {
    if (ids.has(id)) continue
    const caveat = all.find((c) => c.id === id)
    if (caveat) {
      listed.push(caveat)
      ids.add(id)
    }
  }
  return listed
}

/**
 * The figure's headline change and its verdict in one line, from the comparison the page, the slide and
 * the takeaway lead with (lib/deck/slides.ts buildHeadline, lib/analysis/compare.ts), worded by messages
 * export.change and compare.verdict.*.
 */
function headlineChange(id: FigureId, locale: Locale): string {
  const h = buildHeadline(getDataset(), id, locale, translatorFor(locale, "briefing"))
  return translatorFor(locale, "export")("change", {
    series: h.series,
    from: formatPeriod(h.comparison.from.period, locale),
    to: h.period,
    change: h.change,
    verdict: translatorFor(locale, "compare")(`verdict.${h.comparison.verdict}`),
  })
}

/** What the SVG export draws, for one chart in one language: the page's spec and content, labelled. */
function composeInput(
  ref: ChartRef,
  locale: Locale,
  content: ChartContent,
  spec: FigureSpec,
  o: { size: ExportSize; url: string; scale?: "linear" | "log"; fontCss?: string },
): ComposeInput {
  const dataset = getDataset()
  const t = translatorFor(locale, "export")
  const tc = translatorFor(locale, "chart")
  const ts = translatorFor(locale, "status")
  const caveats = exportCaveats(content)
  return {
    locale,
    size: o.size,
    scope: `x-${ref.id}`,
    title: content.title,
    takeaway: content.takeaway,
    change: ref.kind === "figure" && isFigureId(ref.id) ? headlineChange(ref.id, locale) : undefined,
    panels: spec.panels,
    panelHeadings: spec.panels.map(
      (p) => `${spec.panels.length > 1 ? `${p.title} ` : ""}(${tc(`unit.${p.unit}`)})`,
    ),
    scales: o.scale ? spec.panels.map(() => o.scale!) : undefined,
    caveats: caveats.map((c) => ({ title: c.title[locale], text: c.text[locale] })),
    assumptions: drawnAssumptions(content.observations, locale, (o) => {
      const title = getSeries(dataset, o.seriesId)!.title[locale]
      const part = o.variant?.startsWith("without-") && getSeries(dataset, o.variant.slice("without-".length))
      return part ? t("without", { total: title, contributor: part.title[locale] }) : title
    }),
    sourceLine: t("sources", { sources: content.sourceLine }),
    datasetLine: t("dataset", { version: dataset.meta.version, date: dataset.meta.updated }),
    url: o.url,
    labels: {
      why: t("why"),
      marks: t("marks"),
      assumptions: t("assumptions"),
      range: t("range"),
      medium: t("tierMedium"),
      scaleLog: t("scaleLog"),
      halfYear: t("halfYear"),
      statuses: labelStatuses(ts),
    },
    fontCss: o.fontCss,
  }
}

/**
 * The chart of a figure or series as the presentation SVG export draws it, cropped to the chart column
 * (compose.ts, composeChartSvg), with no embedded fonts: the rasteriser is given the font files
 * themselves (lib/export/raster.ts).
 */
export function buildChartImageSvg(ref: ChartRef, locale: Locale, given?: FigureSpec) {
  const dataset = getDataset()
  const content = getChartContent(dataset, ref, locale)
  const spec = given ?? getChartSpec(ref, locale)
  if (!content || !spec) return undefined
  return composeChartSvg(composeInput(ref, locale, content, spec, { size: "presentation", url: "" }))
}
