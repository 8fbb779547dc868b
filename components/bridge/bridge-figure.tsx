import { getTranslations } from "next-intl/server"
import { CopyButton } from "@/components/copy-button"
import { exportLabels } from "@/components/figure/export-labels"
import { ExportToolbar } from "@/components/figure/export-toolbar"
import { FoldedTable } from "@/components/folded-table"
import { StatusBadge } from "@/components/status-badge"
import type { ResolvedBridge } from "@/lib/analysis/bridge"
import { layoutBridge, legendSwatch } from "@/lib/charts/bridge-layout"
import type { SvgElement } from "@/lib/charts/svg-tree"
import {
  bridgeChangeText,
  bridgeLegend,
  bridgeRows,
  bridgeSentence,
  columnNoteText,
  columnSentence,
} from "@/lib/analysis/bridge-text"
import { sourceLabel } from "@/lib/charts/spec"
import type { Dataset, Locale } from "@/lib/data/schema"
import { BridgeReader } from "./bridge-reader"
import { renderSvgTree } from "@/components/svg-tree"

type Props = {
  dataset: Dataset
  bridge: ResolvedBridge
  locale: Locale
  /** Where the caveats the bridge names are listed with their citations (link targets: #caveat-<id>). */
  citationsHref: string
  headingLevel: 2 | 3 | 4
  fileStem: string
  pagePath: string
}

/**
 * "Why it moved, drawn": one headline change as the cited parts it is made of. The drawing is server SVG
 * from lib/charts/bridge-layout.ts (the same tree the exports write), so it is in the HTML, prints and needs no
 * script; a small client leaf adds arrow-key reading. Around it: the change in one line, a readout, the
 * legend, what each part is (with its note, its reason if it is not split, and the caveat it rests on),
 * the data table, the whole bridge as copyable text, and the downloads.
 */
export async function BridgeFigure({
  dataset,
  bridge,
  locale,
  citationsHref,
  headingLevel,
  fileStem,
  pagePath,
}: Props) {
  const t = await getTranslations({ locale, namespace: "bridge" })
  const ts = await getTranslations({ locale, namespace: "status" })
  const te = await getTranslations({ locale, namespace: "export" })
  const id = bridge.def.id
  const Heading = (["h2", "h3", "h4"] as const)[headingLevel - 2]!
  const SubHeading = (["h3", "h4", "h5"] as const)[headingLevel - 2]!
  const tree = layoutBridge(dataset, bridge, { locale, scope: `bridge-${id}` })
  const sentences = new Map(bridge.columns.map((c) => [c.index, columnSentence(bridge, c, locale)]))
  // The page's own additions to the drawing: a name for the whole, and each column focusable and named.
  const decorate = (node: SvgElement) => {
    if (node.tag === "svg")
      return {
        role: "group",
        "aria-labelledby": `${id}-chart-label`,
        "aria-describedby": `${id}-change`,
        width: undefined,
        height: undefined,
        // The page's own faces (next/font names them by variable, not by family name).
        fontFamily: "inherit",
        className: "h-auto w-full min-w-[640px]",
      }
    if (node.tag === "g" && node.attrs["data-column"] !== undefined) {
      const col = bridge.columns[Number(node.attrs["data-column"])]!
      return {
        tabIndex: 0,
        role: "img",
        "aria-label": sentences.get(col.index),
        "data-bridge-part": col.index,
        className: "bridge-part",
      }
    }
    // Everything else is drawing: the parts' names carry what it says.
    if (node.tag === "text" || node.tag === "line" || node.tag === "rect" || node.tag === "path")
      return { "aria-hidden": "true" }
    return undefined
  }
  const legend = bridgeLegend(dataset, bridge, locale)
  const rows = bridgeRows(bridge, locale)
  const sentence = bridgeSentence(bridge, locale)

  return (
    <section
      id={`bridge-${id}`}
      aria-labelledby={`${id}-bridge-title`}
      className="mt-6 scroll-mt-4 rounded border border-slate-300 p-4"
      data-bridge={id}
    >
      <Heading id={`${id}-bridge-title`} className="text-lg font-bold">
        {t("heading")}: {bridge.def.title[locale]}
      </Heading>
      <p className="mt-1 max-w-4xl text-sm text-slate-800">{t("intro")}</p>
      <p id={`${id}-change`} className="mt-2 font-semibold" data-bridge-change>
        {bridgeChangeText(bridge, locale)}
      </p>
      <p id={`${id}-chart-label`} className="sr-only">
        {t("chartLabel", { title: bridge.def.title[locale] })}
      </p>
      <BridgeReader emptyText={t("readoutEmpty")} readoutId={`${id}-readout`}>
        {/* Time runs left to right in both languages: the drawing keeps its own direction. */}
        <div className="mt-3 overflow-x-auto" dir="ltr" data-bridge-drawing>
          {renderSvgTree(tree, decorate)}
        </div>
      </BridgeReader>
      <p className="mt-1 text-sm text-slate-700 print:hidden">{t("keys")}</p>

      <div className="mt-3">
        <SubHeading className="text-sm font-semibold">{t("legend.title")}</SubHeading>
        <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1 text-sm" data-bridge-legend>
          {legend.map((item) => (
            <li key={item.key + item.text} className="flex items-center gap-1.5" data-legend-key={item.key}>
              <span aria-hidden="true" className="inline-flex shrink-0">
                {renderSvgTree(legendSwatch(item.key, { scope: `legend-${id}-${item.key}` }))}
              </span>
              {item.text}
            </li>
          ))}
        </ul>
      </div>

      <div className="mt-4">
        <SubHeading className="text-sm font-semibold">{t("notes")}</SubHeading>
        <ol className="mt-1 list-decimal space-y-1.5 ps-5 text-sm" data-bridge-notes>
          {bridge.columns.map((c) => {
            const caveat = c.caveatId && dataset.caveats.find((x) => x.id === c.caveatId)
            return (
              <li key={c.index} data-bridge-note={c.index}>
                {columnNoteText(bridge, c, locale)}{" "}
                <span className="text-slate-700">({sourceLabel(c.quantity.citations, locale)})</span>
                {caveat && (
                  <>
                    {" "}
                    <a
                      href={`${citationsHref}#caveat-${caveat.id}`}
                      className="text-blue-800 underline underline-offset-2"
                    >
                      {caveat.title[locale]}
                    </a>
                  </>
                )}
              </li>
            )
          })}
        </ol>
        {bridge.assumptions.length > 0 && (
          <p className="mt-2 text-sm" data-bridge-assumptions>
            {t("assumes", { assumptions: bridge.assumptions.map((a) => a[locale]).join(" ") })}
          </p>
        )}
      </div>

      <FoldedTable
        className="mt-3"
        summary={t("table")}
        caption={t("tableCaption")}
        attribute="data-bridge-table"
        head={
          <tr className="border-b border-slate-400">
            {(
              [
                "colPart",
                "colKind",
                "colValue",
                "colRange",
                "colStatus",
                "colConfidence",
                "colSource",
              ] as const
            ).map((k) => (
              <th key={k} scope="col" className={`py-1 pe-3 ${k === "colValue" ? "text-end" : "text-start"}`}>
                {t(k)}
              </th>
            ))}
          </tr>
        }
      >
        {rows.map((r) => (
          <tr key={r.key} className="border-b border-slate-200 align-top" data-bridge-row={r.key}>
            <th scope="row" className={`py-1 pe-3 text-start font-normal ${r.kind === "part" ? "ps-4" : ""}`}>
              {r.label}
              {r.detail && <p className="mt-0.5 text-xs text-slate-800">{r.detail}</p>}
            </th>
            <td className="py-1 pe-3">{r.kindLabel}</td>
            <td className="py-1 pe-3 text-end whitespace-nowrap tabular-nums">{r.value}</td>
            <td className="py-1 pe-3 tabular-nums">{r.range}</td>
            <td className="py-1 pe-3">
              <StatusBadge status={r.status} label={ts(r.status)} />
            </td>
            <td className="py-1 pe-3">{r.confidence}</td>
            <td className="py-1 text-slate-800">{r.source}</td>
          </tr>
        ))}
      </FoldedTable>

      <details className="mt-2">
        <summary className="cursor-pointer font-semibold text-blue-800">{t("description")}</summary>
        <p className="mt-2 max-w-4xl text-sm" data-bridge-sentence>
          {sentence}
        </p>
        <p className="mt-2">
          <CopyButton text={sentence} label={t("copy")} copied={t("copied")} failed={te("copyFailed")} />
        </p>
      </details>

      <ExportToolbar
        exportPath={`/api/figures/${bridge.def.figure}/export`}
        part="bridge"
        locale={locale}
        fileStem={`${fileStem}_bridge`}
        pagePath={`${pagePath}#bridge-${id}`}
        labels={exportLabels(locale, bridge.def.title[locale], t("downloads"))}
      />
    </section>
  )
}
