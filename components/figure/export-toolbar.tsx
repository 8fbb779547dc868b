"use client"

import { useQueryClient } from "@tanstack/react-query"
import { useEffect, useId, useRef, useState } from "react"
import { siteOrigin, useHydrated, useOrigin } from "@/components/use-hydrated"
import { useScaleChoices } from "@/components/charts/use-scale-choices"
import { embedSnippet } from "@/lib/url/embed"
import { exportFilename } from "@/lib/export/file-names"
import { exportSvgQuery } from "@/lib/http/queries"
import type { Locale } from "@/lib/i18n/locale"
import { exportScale, pathWithScale, type ScalePanel } from "@/lib/url/scale-param"

export type ExportLabels = {
  downloads: string
  png: string
  svg: string
  csv: string
  json: string
  pptx: string
  xlsx: string
  copyImage: string
  copyLink: string
  copiedImage: string
  copiedLink: string
  copyFailed: string
  working: string
  size: string
  standard: string
  presentation: string
  embed: string
  embedHelp: string
  embedTitle: string
}

type Props = {
  /** The chart's export endpoint, e.g. /api/figures/cybertipline/export */
  exportPath: string
  locale: Locale
  fileStem: string
  pagePath: string
  /** The embeddable page, for figures only. */
  embedPath?: string
  /** The embed code's frame height, which shows the figure's caveats without the script (lib/url/embed.ts). */
  embedHeight?: number
  /** The chart's panels, whose log/linear choice (in the address) the image, link and embed code keep. */
  scalePanels?: readonly ScalePanel[]
  /** A figure's one-slide PowerPoint file name (`format=pptx`): figures only. */
  pptxFile?: string
  /** A figure's workbook file name (`format=xlsx`): figures only (a bridge has none). */
  xlsxFile?: string
  /** What part of the figure the files are of: its chart (the default) or its change bridge. */
  part?: "bridge"
  labels: ExportLabels
}

type Size = "standard" | "presentation"

/**
 * Downloads and sharing. SVG, CSV, JSON and (for a figure) a one-slide PowerPoint file and a workbook
 * are plain links to the API; PNG and the clipboard use
 * browser code that is only loaded when asked for. Every file carries the chart's caveats and sources.
 */
export function ExportToolbar({
  exportPath,
  locale,
  fileStem,
  pagePath,
  embedPath,
  embedHeight,
  scalePanels = [],
  pptxFile,
  xlsxFile,
  part,
  labels,
}: Props) {
  const id = useId()
  const [size, setSize] = useState<Size>("standard")
  const sizeSelect = useRef<HTMLSelectElement>(null)
  // The select is uncontrolled so that a choice made before hydration (a slow projector laptop, a
  // quick clicker) stays on screen; on mount the state adopts it, so the links match what is shown.
  useEffect(() => {
    const chosen = sizeSelect.current?.value
    if (chosen === "standard" || chosen === "presentation") setSize(chosen)
  }, [])
  const [status, setStatus] = useState("")
  const queryClient = useQueryClient()
  const hydrated = useHydrated()
  // SITE_URL, or (the page is static) the address the browser is at: empty in the server HTML.
  const origin = useOrigin()
  const choices = useScaleChoices()
  // Only the picture has a scale (the API refuses one for a bridge, which is always linear).
  const scale = part ? undefined : exportScale(choices, scalePanels)
  const href = (format: string) =>
    `${exportPath}?${part ? `part=${part}&` : ""}format=${format}&lang=${locale}${format === "svg" ? `&size=${size}${scale ? `&scale=${scale}` : ""}` : ""}`
  const svgUrl = href("svg")

  async function png(): Promise<Blob> {
    // Say "preparing" only if it is slow: a fast export should not flash a message, and a re-render
    // scheduled just before the work delayed the encoder's result by a frame (~1 s in headless Chromium).
    const slow = setTimeout(() => setStatus(labels.working), 300)
    try {
      const { fetchPng } = await import("@/lib/export/png")
      return await fetchPng(() => queryClient.fetchQuery(exportSvgQuery(svgUrl)))
    } finally {
      clearTimeout(slow)
    }
  }

  async function downloadPng() {
    try {
      const { saveBlob } = await import("@/lib/export/png")
      saveBlob(await png(), exportFilename(fileStem, "png", size))
      setStatus("")
    } catch {
      setStatus(labels.copyFailed)
    }
  }

  async function copyImage() {
    try {
      // The promise goes straight into ClipboardItem so Safari keeps the user gesture.
      await navigator.clipboard.write([new ClipboardItem({ "image/png": png() })])
      setStatus(labels.copiedImage)
    } catch {
      setStatus(labels.copyFailed)
    }
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(`${siteOrigin()}${pathWithScale(pagePath, choices, scalePanels)}`)
      setStatus(labels.copiedLink)
    } catch {
      setStatus(labels.copyFailed)
    }
  }

  const button =
    "rounded border border-slate-600 bg-white px-2.5 py-1 text-sm font-medium hover:bg-slate-100 disabled:cursor-progress disabled:opacity-60"
  const embedCode =
    embedPath && embedHeight
      ? embedSnippet({
          origin,
          path: pathWithScale(embedPath, choices, scalePanels),
          title: labels.embedTitle,
          height: embedHeight,
        })
      : ""
  return (
    <div
      className="mt-3 rounded bg-slate-50 p-3 print:hidden"
      data-export-toolbar
      data-export-part={part ?? "chart"}
    >
      <p className="text-sm font-semibold" id={`${id}-label`}>
        {labels.downloads}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2" role="group" aria-labelledby={`${id}-label`}>
        <button type="button" className={button} onClick={downloadPng} disabled={!hydrated}>
          {labels.png}
        </button>
        <a className={button} href={svgUrl} download={exportFilename(fileStem, "svg", size)}>
          {labels.svg}
        </a>
        <a className={button} href={href("csv")} download={exportFilename(fileStem, "csv")}>
          {labels.csv}
        </a>
        <a className={button} href={href("json")} download={exportFilename(fileStem, "json")}>
          {labels.json}
        </a>
        {pptxFile && (
          <a className={button} href={href("pptx")} download={pptxFile} data-download="pptx">
            {labels.pptx}
          </a>
        )}
        {xlsxFile && (
          <a className={button} href={href("xlsx")} download={xlsxFile} data-download="xlsx">
            {labels.xlsx}
          </a>
        )}
        <button type="button" className={button} onClick={copyImage} disabled={!hydrated}>
          {labels.copyImage}
        </button>
        <button type="button" className={button} onClick={copyLink} disabled={!hydrated}>
          {labels.copyLink}
        </button>
        <label htmlFor={`${id}-size`} className="ms-2 text-sm">
          {labels.size}
        </label>
        <select
          id={`${id}-size`}
          ref={sizeSelect}
          defaultValue="standard"
          onChange={(e) => setSize(e.target.value as Size)}
          className="h-8 w-auto self-center rounded border border-slate-500 bg-white px-1 text-sm"
        >
          <option value="standard">{labels.standard}</option>
          <option value="presentation">{labels.presentation}</option>
        </select>
        <span role="status" className="text-sm" data-export-status>
          {status}
        </span>
      </div>
      {embedPath && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer font-medium text-blue-800">{labels.embed}</summary>
          <p className="mt-1">{labels.embedHelp}</p>
          <label htmlFor={`${id}-embed`} className="sr-only">
            {labels.embed}
          </label>
          <textarea
            id={`${id}-embed`}
            readOnly
            rows={5}
            value={embedCode}
            dir="ltr"
            className="mt-1 w-full rounded border border-slate-400 p-2 font-mono text-xs"
            data-embed-code
          />
        </details>
      )}
    </div>
  )
}
