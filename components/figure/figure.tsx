import { getTranslations } from "next-intl/server"
import { ChartBox } from "@/components/charts/chart-box"
import { pageChartHeight } from "@/lib/charts/size"
import { BridgeFigure } from "@/components/bridge/bridge-figure"
import { FoldedTable } from "@/components/folded-table"
import { StatusBadge } from "@/components/status-badge"
import { bridgesForFigure } from "@/lib/analysis/bridge"
import { citeFields } from "@/lib/format/cite-fields"
import type { ChartRef, FigureSpec } from "@/lib/charts/spec"
import type { ChartContent } from "@/lib/charts/content"
import { isDriverCaveat } from "@/lib/charts/series-content"
import { EMBED_HEIGHTS } from "@/lib/url/embed"
import { exportFilename } from "@/lib/export/file-names"
import { pptxFilename } from "@/lib/export/pptx-names"
import { isFigureId } from "@/lib/charts/figure-defs"
import { COMMA } from "@/lib/format/values"
import { figureTerms, termHref, termLabel } from "@/lib/format/glossary"
import { localizedPath } from "@/lib/i18n/paths"
import { labelStatuses, MARK_ORDER } from "@/lib/charts/marks"
import { getSeries } from "@/lib/data/observations"
import type { Dataset, Locale } from "@/lib/data/schema"
import type { Scale } from "@/lib/url/scale-param"
import { formatEventDate } from "@/lib/format/time"
import { exportLabels } from "./export-labels"
import { ExportToolbar } from "./export-toolbar"
import { FigureChanges } from "./figure-changes"
import { MarkLegend } from "./mark-legend"
import { CiteBox } from "./cite-box"

type FigureContent = ChartContent & {
  /** Where this chart's caveats are listed with their citations (link targets: #caveat-<id>). */
  citationsHref: string
  /** A link to the chart on its own page, if this is not that page. */
  openHref?: string
}

type Props = {
  dataset: Dataset
  chart: ChartRef
  locale: Locale
  spec: FigureSpec
  content: FigureContent
  headingLevel?: 1 | 2 | 3
}

// A bar chart has no log axis; a trend panel is drawn on the scale its figure chose (lib/charts/figure-defs.ts).
const defaultScaleOf = (panel: FigureSpec["panels"][number]): Scale =>
  panel.kind === "trend" ? panel.scale : "linear"

/**
 * One figure: title, takeaway, chart, a prominent "why this moved" note, the data table, a text
 * description and the caption with sources. Everything but the drawing itself is server HTML.
 */
export async function Figure({ dataset, chart, locale, spec, content, headingLevel = 3 }: Props) {
  const t = await getTranslations({ locale, namespace: "figure" })
  const ts = await getTranslations({ locale, namespace: "status" })
  const tg = await getTranslations({ locale, namespace: "glossary" })
  const tcite = await getTranslations({ locale, namespace: "cite" })
  const {
    title,
    takeaway,
    definition,
    caveats,
    rows,
    events,
    sourceLine,
    citationsHref,
    openHref,
    fileStem,
    pagePath,
  } = content
  const statusLabels = labelStatuses((s) => ts(s))
  const Heading = (["h1", "h2", "h3"] as const)[headingLevel - 1]!
  const SubHeading = (["h2", "h3", "h4"] as const)[headingLevel - 1]!
  // The readout names a point's caveats: send each panel only the titles its points can show.
  const caveatTitlesFor = (panel: (typeof spec.panels)[number]) => {
    const ids = new Set(panel.layers.flatMap((l) => l.points.flatMap((p) => p.caveatIds)))
    return Object.fromEntries(
      dataset.caveats.filter((c) => ids.has(c.id)).map((c) => [c.id, c.title[locale]]),
    )
  }
  // The readout's source line for each source a panel's points cite, formatted here: the chart in the
  // browser holds no translator.
  const readoutSourcesFor = (panel: (typeof spec.panels)[number]) => {
    const labels = new Set(panel.layers.flatMap((l) => l.points.map((p) => p.sourceLabel)))
    return Object.fromEntries([...labels].map((source) => [source, t("readoutSource", { source })]))
  }
  const id = chart.kind === "figure" ? chart.id : `series-${chart.id}`
  const seriesIds = [
    ...new Set(spec.panels.flatMap((p) => p.layers.flatMap((l) => l.points.map((pt) => pt.seriesId)))),
  ]
  // The glossary terms this figure uses, read from what it draws (lib/format/glossary.ts).
  const terms = figureTerms({
    sourceIds: [...new Set(seriesIds.map((s) => getSeries(dataset, s)!.sourceId))],
    seriesIds,
    eventIds: events.map((e) => e.id),
    statuses: MARK_ORDER.filter((s) =>
      spec.panels.some((p) => p.layers.some((l) => l.points.some((pt) => pt.status === s))),
    ),
    halfYear: spec.panels.some((p) => p.layers.some((l) => l.kind === "half-year")),
  })

  return (
    <figure
      data-figure-id={chart.kind === "figure" ? chart.id : undefined}
      data-series-chart={chart.kind === "series" ? chart.id : undefined}
      aria-labelledby={`${id}-title`}
      className="scroll-mt-4 border-t-2 border-slate-300 pt-6"
      id={`figure-${id}`}
    >
      <Heading id={`${id}-title`} className="text-2xl font-bold tracking-tight">
        {title}
      </Heading>
      {takeaway && (
        <p className="mt-2 max-w-4xl text-lg" data-takeaway>
          {takeaway}
        </p>
      )}
      {definition && (
        <p className="mt-2 max-w-4xl" data-definition>
          <span className="font-semibold">{`${t("definition")}: `}</span>
          {definition}
        </p>
      )}
      <FigureChanges dataset={dataset} seriesIds={seriesIds} locale={locale} />
      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          {spec.panels.map((panel, i) => {
            const statuses = MARK_ORDER.filter((s) =>
              panel.layers.some((l) => l.points.some((p) => p.status === s)),
            )
            return (
              <section key={panel.id} aria-labelledby={`${panel.id}-heading`}>
                <SubHeading id={`${panel.id}-heading`} className="text-base font-semibold">
                  {spec.panels.length > 1 ? `${panel.title} ` : ""}
                  <span className="font-normal text-slate-700">({panel.unitLabel})</span>
                </SubHeading>
                <p id={`${panel.id}-desc`} className="sr-only">
                  {panel.description}
                </p>
                <ChartBox
                  locale={locale}
                  panel={panel}
                  height={pageChartHeight(spec, i)}
                  defaultScale={defaultScaleOf(panel)}
                  labels={{
                    chartLabel: t("chartLabel", { title: panel.title }),
                    readoutEmpty: t("readoutEmpty"),
                    readoutSources: readoutSourcesFor(panel),
                    scaleLog: t("scaleLog"),
                    scaleLinear: t("scaleLinear"),
                    toLinear: t("toLinear"),
                    toLog: t("toLog"),
                    caveatTitles: caveatTitlesFor(panel),
                  }}
                />
                <MarkLegend
                  scope={panel.id}
                  layers={panel.layers}
                  statuses={statuses}
                  statusLabels={statusLabels}
                  marksLabel={t("marks")}
                  rangeLabel={t("range")}
                  mediumLabel={t("tierMedium")}
                />
                {panel.layers.some((l) => l.kind === "half-year") && (
                  <p className="mt-1 text-sm text-slate-700">{t("halfYearNote")}</p>
                )}
              </section>
            )
          })}
          {events.length > 0 && (
            <div className="text-sm">
              <p className="font-semibold">{t("events")}</p>
              <ul className="mt-1 space-y-0.5" data-events>
                {events.map((e) => (
                  <li key={e.id} data-event-id={e.id}>
                    <span className="tabular-nums">{formatEventDate(e.date, locale)}</span>: {e.label[locale]}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        <aside
          role="note"
          aria-labelledby={`${id}-why`}
          className="self-start rounded border-s-4 border-amber-700 bg-amber-50 p-4"
          data-callout
        >
          <SubHeading id={`${id}-why`} className="text-lg font-bold">
            {t("why")}
          </SubHeading>
          <ul className="mt-2 space-y-3">
            {caveats.filter(isDriverCaveat).map((c) => (
              <li key={c.id} data-caveat-id={c.id}>
                <strong>{c.title[locale]}.</strong> {c.text[locale]}{" "}
                <a
                  href={`${citationsHref}#caveat-${c.id}`}
                  className="text-blue-800 underline underline-offset-2"
                >
                  {t("citation")}
                </a>
              </li>
            ))}
          </ul>
          {caveats.some((c) => !isDriverCaveat(c)) && (
            <ul className="mt-3 list-disc space-y-1 border-t border-amber-200 ps-5 pt-3 text-sm">
              {caveats
                .filter((c) => !isDriverCaveat(c))
                .map((c) => (
                  <li key={c.id} data-caveat-id={c.id}>
                    <a
                      href={`${citationsHref}#caveat-${c.id}`}
                      className="text-slate-900 underline underline-offset-2"
                    >
                      {c.title[locale]}
                    </a>
                  </li>
                ))}
            </ul>
          )}
        </aside>
      </div>
      {chart.kind === "figure" &&
        bridgesForFigure(dataset, chart.id).map((b) => (
          <BridgeFigure
            key={b.def.id}
            dataset={dataset}
            bridge={b}
            locale={locale}
            citationsHref={citationsHref}
            headingLevel={(headingLevel + 1) as 2 | 3 | 4}
            fileStem={fileStem}
            pagePath={pagePath}
          />
        ))}
      <FoldedTable
        className="mt-4"
        summary={t("table")}
        caption={t("tableCaption")}
        attribute="data-table"
        head={
          <tr className="border-b border-slate-400 text-start">
            <th scope="col" className="py-1 pe-3 text-start">
              {t("colSeries")}
            </th>
            <th scope="col" className="py-1 pe-3 text-start">
              {t("colPeriod")}
            </th>
            <th scope="col" className="py-1 pe-3 text-end">
              {t("colValue")}
            </th>
            <th scope="col" className="py-1 pe-3 text-start">
              {t("colStatus")}
            </th>
            <th scope="col" className="py-1 text-start">
              {t("colSource")}
            </th>
          </tr>
        }
      >
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-slate-200 align-top" data-row-key={r.key}>
            <td className="py-1 pe-3">
              {r.series}
              {r.variant && (
                <span className="text-slate-700"> ({r.derived ? t("derived") : t("variant")})</span>
              )}
              {r.assumptions && (
                <p className="mt-0.5 text-xs text-slate-800" data-assumptions>
                  {t("assumes", { assumptions: r.assumptions })}
                </p>
              )}
            </td>
            <td className="py-1 pe-3 whitespace-nowrap">{r.period}</td>
            <td className="py-1 pe-3 text-end tabular-nums">{r.value}</td>
            <td className="py-1 pe-3">
              <StatusBadge status={r.status} label={statusLabels[r.status]} />
            </td>
            <td className="py-1 text-slate-800">{r.source}</td>
          </tr>
        ))}
      </FoldedTable>
      <ExportToolbar
        exportPath={
          chart.kind === "figure" ? `/api/figures/${chart.id}/export` : `/api/series/${chart.id}/export`
        }
        locale={locale}
        fileStem={fileStem}
        pagePath={pagePath}
        embedPath={chart.kind === "figure" ? localizedPath(`/embed/${chart.id}`, locale) : undefined}
        embedHeight={chart.kind === "figure" && isFigureId(chart.id) ? EMBED_HEIGHTS[chart.id] : undefined}
        scalePanels={spec.panels.map((p) => ({ id: p.id, defaultScale: defaultScaleOf(p) }))}
        pptxFile={
          chart.kind === "figure" && isFigureId(chart.id)
            ? pptxFilename({ figure: chart.id }, locale, dataset)
            : undefined
        }
        // A workbook of the figure's data, caveats and citations: figures only, as the API makes it.
        xlsxFile={chart.kind === "figure" ? exportFilename(fileStem, "xlsx") : undefined}
        labels={exportLabels(locale, title)}
      />
      {chart.kind === "figure" && isFigureId(chart.id) && (
        <CiteBox
          fields={citeFields(dataset, chart.id, locale)}
          labels={{
            heading: tcite("heading"),
            plainLabel: tcite("plainLabel"),
            bibtexLabel: tcite("bibtexLabel"),
            copyPlain: tcite("copyPlain"),
            copyBibtex: tcite("copyBibtex"),
            copied: tcite("copied"),
            copyFailed: tcite("copyFailed"),
            accessedNote: tcite("accessedNote"),
          }}
        />
      )}
      <p className="mt-3 text-sm text-slate-700" data-terms>
        <span className="font-semibold">{`${tg("termsUsed")}: `}</span>
        {terms.map((term, i) => (
          <span key={term}>
            {i > 0 && COMMA[locale]}
            <a
              href={termHref(term, locale)}
              className="inline-flex min-h-6 items-center text-blue-800 underline underline-offset-2"
              data-term={term}
            >
              {termLabel(term, { glossary: tg, status: ts })}
            </a>
          </span>
        ))}
      </p>
      <figcaption className="mt-3 text-sm text-slate-700">
        <span className="font-semibold">{t("sources")}:</span> {sourceLine} ·{" "}
        {t("dataset", { version: dataset.meta.version, date: dataset.meta.updated })}
        {openHref && (
          <>
            {" · "}
            <a
              href={openHref}
              className="inline-flex min-h-6 items-center text-blue-800 underline underline-offset-2"
            >
              {t("open")}
            </a>
          </>
        )}
      </figcaption>
    </figure>
  )
}
