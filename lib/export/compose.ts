import type { ChartPanel } from "../charts/spec"
import { confidenceRingNode, hatchPattern, layerShape, markNode, rangePathD } from "../charts/mark-geometry"
import { svgToString } from "../charts/svg-tree"
import { markFor, MARK_ORDER } from "../charts/marks"
import type { Locale, Status } from "../data/schema"
import { filePanelHeight } from "../charts/size"
import { panelDefs, renderPanelSvg } from "./chart-svg"
import { EMBEDDED_ARABIC, EMBEDDED_LATIN } from "./fonts"
import { escapeXml, estimateWidth, fallbackWidth, round, svgText, wrapText } from "./text"
import { FILE_INK } from "../charts/colours"

// A downloaded image travels without the page around it, so the file itself carries the title, the
// takeaway, the chart with its legend and events, the caveats as numbered footnotes, the sources, the
// dataset version and date, and the page address. Colours are literal; fonts are embedded when given
// and otherwise fall back to common faces, so the file reads the same in a browser, Inkscape or PowerPoint.

export type ExportSize = "standard" | "presentation"

export type ComposeInput = {
  locale: Locale
  size: ExportSize
  scope: string
  title: string
  takeaway?: string
  /**
   * The headline change with its verdict ("CyberTipline reports, 2023 to 2024: −43% · Not comparable"):
   * a picture copied into a slide must not carry a change without the word on whether it may be quoted.
   * Figures only (a series chart has no headline).
   */
  change?: string
  panels: ChartPanel[]
  panelHeadings: string[]
  /** Per panel: the scale drawn (the page's log/linear choice). */
  scales?: ("linear" | "log")[]
  caveats: { title: string; text: string }[]
  /** What each derived value drawn assumes ("2024, INHOPE without SafeNet Bulgaria: assumes …"), always in full. */
  assumptions: string[]
  sourceLine: string
  datasetLine: string
  url: string
  labels: {
    why: string
    marks: string
    range: string
    medium: string
    assumptions: string
    scaleLog: string
    halfYear: string
    statuses: Record<Status, string>
  }
  /** @font-face rules with embedded fonts (data URLs), or nothing to rely on the fallback faces. */
  fontCss?: string
}

// The embedded faces come first (when there are any), under names no system has (lib/export/fonts.ts),
// so that Chromium draws them and the renderers that ignore @font-face (rsvg, Inkscape, LibreOffice) skip
// to a system font. A picture with no embedded fonts is for resvg (the PowerPoint pictures, raster.ts),
// which is given Noto Sans Arabic and Geist as files and gets them first: resvg lost the bold weight when
// names it did not have came first. For Arabic, faces with both Arabic and Latin letters come before
// Noto Sans Arabic, which has no Latin letters, brackets or "%": with it first, LibreOffice 7.4 drew the
// Latin words of a mixed line on top of each other ("INHOPE وIWF") and a ")" as a box; with DejaVu Sans
// (or Segoe UI, Tahoma, Arial, which cover both) it did not. rsvg and Inkscape fall back glyph by glyph.
const FONT_STACK = "Geist, 'Segoe UI', Arial, 'Helvetica Neue', 'Liberation Sans', 'DejaVu Sans', sans-serif"
const FONT_STACK_AR =
  "'Segoe UI', Tahoma, Arial, 'Geeza Pro', 'DejaVu Sans', 'Noto Sans Arabic', Geist, sans-serif"

export function fontStack(locale: Locale, embedded: boolean): string {
  if (locale === "ar")
    return embedded
      ? `${EMBEDDED_ARABIC}, ${EMBEDDED_LATIN}, ${FONT_STACK_AR}`
      : `'Noto Sans Arabic', Geist, ${FONT_STACK_AR}`
  return embedded ? `${EMBEDDED_LATIN}, ${FONT_STACK}` : FONT_STACK
}

export type Layout = {
  width: number
  pad: number
  title: number
  takeaway: number
  heading: number
  body: number
  small: number
  chart: number
}

export const LAYOUTS: Record<ExportSize, Layout> = {
  standard: { width: 900, pad: 36, title: 26, takeaway: 17, heading: 15, body: 13, small: 12, chart: 12 },
  presentation: {
    width: 1920,
    pad: 72,
    title: 52,
    takeaway: 30,
    heading: 26,
    body: 22,
    small: 20,
    chart: 20,
  },
}

/** Lines of text set from the reading start down a column (also used by lib/export/bridge-export.ts). */
export class Writer {
  parts: string[] = []
  y: number
  constructor(
    readonly locale: Locale,
    readonly x0: number,
    readonly width: number,
    y: number,
  ) {
    this.y = y
  }
  get rtl() {
    return this.locale === "ar"
  }
  /** Wrapped text from the reading start (left in English, right in Arabic); advances y. */
  paragraph(
    text: string,
    size: number,
    o: {
      bold?: boolean
      fill?: string
      gap?: number
      lineHeight?: number
      maxLines?: number
      /** Set up to 10 % smaller to fit this many lines, if that is enough; otherwise wrapped as usual. */
      preferLines?: number
    } = {},
  ) {
    // Where the lines are limited (a slide's title and takeaway), a text that needs more is set smaller
    // until it fits, never run past the margin: a last line holding the rest ran off the page in
    // LibreOffice and rsvg (cybertipline's presentation takeaway, measured).
    let lines = wrapText(text, this.width, size, o.bold)
    if (o.preferLines && lines.length > o.preferLines) {
      const smaller = Math.round(size * 0.9 * 10) / 10
      const fitted = wrapText(text, this.width, smaller, o.bold)
      if (fitted.length <= o.preferLines) [size, lines] = [smaller, fitted]
    }
    while (o.maxLines && lines.length > o.maxLines && size > 8) {
      size = Math.round(size * 0.94 * 10) / 10
      lines = wrapText(text, this.width, size, o.bold)
    }
    const lh = o.lineHeight ?? size * 1.4
    for (const line of lines) {
      this.y += lh
      this.parts.push(
        svgText(line, {
          x: this.rtl ? this.x0 + this.width : this.x0,
          y: this.y - lh * 0.28,
          size,
          bold: o.bold,
          fill: o.fill,
          rtl: this.rtl,
          anchor: this.rtl ? "end" : "start",
        }),
      )
    }
    this.y += o.gap ?? 0
    return lines.length
  }
}

function legendSvg(
  w: Writer,
  panel: ChartPanel,
  size: number,
  scope: string,
  labels: ComposeInput["labels"],
) {
  const items: { width: number; draw: (x: number, y: number) => string; keepWithNext?: boolean }[] = []
  for (const l of panel.layers) {
    const label = l.label
    items.push({
      width: size * 2.6 + estimateWidth(label, size) * fallbackWidth() + size * 1.4,
      draw: (x, y) => {
        const sx = w.rtl ? x - size * 2.2 : x
        const sample =
          l.kind === "period"
            ? `<rect x="${round(sx + size * 0.2)}" y="${round(y - size * 0.7)}" width="${size * 1.8}" height="${size * 0.8}" fill="${l.color}"/>`
            : (l.kind !== "adjusted"
                ? `<line x1="${round(sx)}" y1="${round(y - size * 0.3)}" x2="${round(sx + size * 2.2)}" y2="${round(y - size * 0.3)}" stroke="${l.color}" stroke-width="2.5"${l.kind === "half-year" ? ' stroke-dasharray="7 4"' : ""}/>`
                : "") +
              svgToString(
                markNode({
                  cx: sx + size * 1.1,
                  cy: y - size * 0.3,
                  mark: "filled",
                  color: l.color,
                  scope,
                  shape: layerShape(l.kind),
                  size: size * 0.38,
                }),
              )
        const tx = w.rtl ? x - size * 2.6 : x + size * 2.6
        return sample + svgText(label, { x: tx, y, size, rtl: w.rtl, anchor: w.rtl ? "end" : "start" })
      },
    })
  }
  const statuses = MARK_ORDER.filter((s) => panel.layers.some((l) => l.points.some((p) => p.status === s)))
  items.push({
    width: estimateWidth(`${labels.marks}:`, size, true) * fallbackWidth(true, labels.marks) + size,
    draw: (x, y) =>
      svgText(`${labels.marks}:`, {
        x,
        y,
        size,
        bold: true,
        rtl: w.rtl,
        anchor: w.rtl ? "end" : "start",
        attrs: 'data-legend="marks"',
      }),
    // "Marks:" introduces the items after it: never left alone at the end of a row.
    keepWithNext: true,
  })
  for (const s of statuses) {
    const label = labels.statuses[s]
    items.push({
      width: size * 1.4 + estimateWidth(label, size) * fallbackWidth() + size,
      draw: (x, y) => {
        const cx = w.rtl ? x - size * 0.5 : x + size * 0.5
        const mark = svgToString(
          markNode({
            cx,
            cy: y - size * 0.33,
            mark: markFor(s),
            color: FILE_INK.secondary,
            scope: `${scope}-legend`,
            size: size * 0.42,
          }),
        )
        const tx = w.rtl ? x - size * 1.3 : x + size * 1.3
        return (
          mark +
          svgText(label, {
            x: tx,
            y,
            size,
            rtl: w.rtl,
            anchor: w.rtl ? "end" : "start",
            attrs: `data-legend="${s}"`,
          })
        )
      },
    })
  }
  if (panel.layers.some((l) => l.points.some((p) => p.range))) {
    items.push({
      width: size * 1.4 + estimateWidth(labels.range, size) * fallbackWidth() + size,
      draw: (x, y) => {
        const cx = w.rtl ? x - size * 0.5 : x + size * 0.5
        const bar = `<path d="${rangePathD(cx, y, y - size * 0.75, size * 0.3)}" stroke="${FILE_INK.secondary}" stroke-width="2" fill="none"/>`
        const tx = w.rtl ? x - size * 1.3 : x + size * 1.3
        return bar + svgText(labels.range, { x: tx, y, size, rtl: w.rtl, anchor: w.rtl ? "end" : "start" })
      },
    })
  }
  if (panel.layers.some((l) => l.points.some((p) => p.tier === "medium"))) {
    items.push({
      width: size * 1.4 + estimateWidth(labels.medium, size) * fallbackWidth() + size,
      draw: (x, y) => {
        const cx = w.rtl ? x - size * 0.5 : x + size * 0.5
        const cy = y - size * 0.33
        const mark = `<circle cx="${round(cx)}" cy="${round(cy)}" r="${round(size * 0.2)}" fill="${FILE_INK.secondary}"/>`
        const ring = svgToString(confidenceRingNode(cx, cy, size * 0.45))
        const tx = w.rtl ? x - size * 1.3 : x + size * 1.3
        return (
          mark +
          ring +
          svgText(labels.medium, { x: tx, y, size, rtl: w.rtl, anchor: w.rtl ? "end" : "start" })
        )
      },
    })
  }
  // Flow the items along lines, from the reading start.
  let cursor = 0
  w.y += size * 1.5
  items.forEach((item, i) => {
    const next = item.keepWithNext ? (items[i + 1]?.width ?? 0) : 0
    if (cursor > 0 && cursor + item.width + next > w.width) {
      cursor = 0
      w.y += size * 1.5
    }
    const x = w.rtl ? w.x0 + w.width - cursor : w.x0 + cursor
    w.parts.push(item.draw(x, w.y))
    cursor += item.width
  })
}

/**
 * Panel headings, panels, legends and scale notes; `fit` scales the panels' plot heights (not the text),
 * so that a 16:9 picture can be made to fit its fixed height. Returns the height the panels took.
 */
function chartBlock(w: Writer, input: ComposeInput, L: Layout, presentation: boolean, fit = 1): number {
  let panelsHeight = 0
  input.panels.forEach((panel, i) => {
    // On a slide, a panel heading that the room kept for fallback fonts (text.ts) would break is set a
    // little smaller instead, so the chart column still fits the 16:9 slide (hosting's did not: 1093 high).
    w.paragraph(input.panelHeadings[i] ?? "", L.heading, {
      bold: true,
      gap: 4,
      preferLines: presentation ? 1 : undefined,
    })
    const h =
      filePanelHeight(panel, i, L.chart, presentation) *
      (presentation && input.panels.length > 1 ? 0.62 : 1) *
      fit
    panelsHeight += h
    w.parts.push(
      `<g data-panel="${escapeXml(panel.id)}">${renderPanelSvg(panel, { x: w.x0, y: w.y, w: w.width, h }, { locale: input.locale, scope: input.scope, fontSize: L.chart, scale: input.scales?.[i] })}</g>`,
    )
    w.y += h
    legendSvg(w, panel, L.small, input.scope, input.labels)
    const scale = input.scales?.[i] ?? (panel.kind === "trend" ? panel.scale : "linear")
    if (scale === "log") w.paragraph(input.labels.scaleLog, L.small, { fill: FILE_INK.note })
    if (panel.layers.some((l) => l.kind === "half-year"))
      w.paragraph(input.labels.halfYear, L.small, { fill: FILE_INK.note })
    w.y += L.body
  })
  return panelsHeight
}

function caveatBlock(w: Writer, input: ComposeInput, L: Layout, titlesOnly: boolean) {
  w.paragraph(input.labels.why, L.heading + 2, { bold: true, gap: 2 })
  input.caveats.forEach((c, i) => {
    const n = `${i + 1}. `
    w.paragraph(`${n}${c.title}`, L.body + 1, { bold: true })
    if (!titlesOnly) w.paragraph(c.text, L.body, { gap: L.body * 0.4 })
  })
}

// Kept in full even where the caveats fall back to their titles: a derived value without its
// assumptions is a number the reader cannot check.
function assumptionBlock(w: Writer, input: ComposeInput, L: Layout) {
  if (input.assumptions.length === 0) return
  w.y += L.body * 0.4
  w.paragraph(input.labels.assumptions, L.body + 1, { bold: true })
  for (const a of input.assumptions) w.paragraph(a, L.small, { gap: L.small * 0.3 })
}

function footerBlock(w: Writer, input: ComposeInput, L: Layout) {
  w.paragraph(input.sourceLine, L.small, { fill: FILE_INK.secondary })
  w.paragraph(input.datasetLine, L.small, { fill: FILE_INK.secondary })
  w.paragraph(input.url, L.small, { fill: FILE_INK.link })
}

/**
 * The 16:9 picture's parts, always 1920×1080: the head, the chart column (its panels drawn shorter,
 * all by the same factor, where it would run into the footer), the notes column and the footer. The
 * PowerPoint slide's picture is this chart column, cropped (composeChartSvg), so the two are one drawing.
 */
function presentationLayout(input: ComposeInput): {
  head: Writer
  chart: Writer
  note: Writer
  foot: Writer
} {
  const L = LAYOUTS.presentation
  const height = 1080
  const { head, inner, chartW, noteW, chartX, noteX } = presentationFrame(input)
  const footerTop = height - L.pad - L.small * 1.4 * 3
  const bottom = height - L.pad * 0.5
  // The canvas stays 1920×1080 (a slide's size): where the chart column would run into the footer,
  // its panels are drawn shorter, all by the same factor, until it fits (the text keeps its size).
  const fitChart = (limit: number) => {
    let chart = new Writer(input.locale, chartX, chartW, head.y)
    let fit = 1
    for (let tries = 0; tries < 6; tries++) {
      chart = new Writer(input.locale, chartX, chartW, head.y)
      const panelsHeight = chartBlock(chart, input, L, true, fit)
      const over = chart.y - limit
      if (over <= 0) break
      fit *= Math.max(0.5, (panelsHeight - over - 1) / panelsHeight)
    }
    return { chart, fit }
  }
  let note = new Writer(input.locale, noteX, noteW, head.y)
  caveatBlock(note, input, L, false)
  assumptionBlock(note, input, L)
  if (note.y > footerTop) {
    // Not enough room for every caveat in full: keep every caveat, by title, and every assumption.
    note = new Writer(input.locale, noteX, noteW, head.y)
    caveatBlock(note, input, L, true)
    assumptionBlock(note, input, L)
  }
  // Still too long (sextortion, with a derived value's assumptions in full): the same, in smaller
  // type, never below the legends' size, rather than a taller canvas.
  for (let step = 1; note.y > footerTop && step <= 3; step++) {
    const smaller = { ...L, heading: L.heading - 2 * step, body: L.body - step, small: L.small - step }
    note = new Writer(input.locale, noteX, noteW, head.y)
    caveatBlock(note, input, smaller, true)
    assumptionBlock(note, input, smaller)
  }
  let { chart, fit } = fitChart(footerTop)
  let foot: Writer | undefined
  if (fit < 0.9) {
    // Panels squeezed by more than a tenth are hard to read (sextortion's two panels came out at two
    // thirds): give the chart column the footer's rows by moving the sources, dataset line and address
    // under the notes, where they fit.
    const measure = new Writer(input.locale, noteX, noteW, 0)
    footerBlock(measure, input, L)
    if (note.y + L.body + measure.y <= bottom) {
      ;({ chart, fit } = fitChart(bottom))
      foot = new Writer(input.locale, noteX, noteW, bottom - measure.y)
      footerBlock(foot, input, L)
    }
  }
  if (!foot) {
    foot = new Writer(input.locale, L.pad, inner, Math.max(footerTop, chart.y, note.y) - L.small * 0.5)
    footerBlock(foot, input, L)
  }
  return { head, chart, note, foot }
}

/**
 * The chart alone (panel headings, panels, legends, scale notes), cut from the presentation export: the
 * same parts at the same coordinates, with the viewBox cropped to the chart column. A PowerPoint slide
 * carries the title, takeaway, caveats and sources as editable text boxes beside it
 * (lib/export/pptx.ts), so its picture must not repeat them.
 */
export function composeChartSvg(input: ComposeInput): { svg: string; width: number; height: number } {
  const frame = presentationFrame(input)
  const { chart } = presentationLayout(input)
  // A margin of a few pixels each side, so strokes and the outermost labels are not clipped.
  const m = 8
  const top = frame.head.y
  const width = frame.chartW + 2 * m
  const height = Math.ceil(chart.y - top + 2 * m)
  const viewBox = `${round(frame.chartX - m)} ${round(top - m)} ${width} ${height}`
  return { svg: svgDocument(input, width, height, chart.parts, viewBox), width, height }
}

/** The presentation layout's head (title, takeaway) and its two columns, chart on the reading-start side. */
function presentationFrame(input: ComposeInput) {
  const L = LAYOUTS.presentation
  const inner = L.width - 2 * L.pad
  const chartW = Math.round(inner * 0.6)
  const gap = 56
  const noteW = inner - chartW - gap
  const head = new Writer(input.locale, L.pad, inner, L.pad - L.title * 0.3)
  head.paragraph(input.title, L.title, { bold: true, maxLines: 2, gap: 2 })
  if (input.takeaway) head.paragraph(input.takeaway, L.takeaway, { maxLines: 3, gap: L.body })
  if (input.change) head.paragraph(input.change, L.heading, { bold: true, maxLines: 2, gap: L.body * 0.6 })
  const rtl = input.locale === "ar"
  return {
    head,
    inner,
    chartW,
    noteW,
    chartX: rtl ? L.pad + noteW + gap : L.pad,
    noteX: rtl ? L.pad : L.pad + chartW + gap,
  }
}

function svgDocument(
  input: ComposeInput,
  width: number,
  height: number,
  parts: string[],
  viewBox = `0 0 ${width} ${height}`,
): string {
  const defs =
    input.panels.map((p) => panelDefs(p, input.scope)).join("") +
    svgToString(hatchPattern(`${input.scope}-legend`, FILE_INK.secondary))
  const fonts = fontStack(input.locale, Boolean(input.fontCss))
  const style = `${input.fontCss ?? ""}text{font-family:${fonts}}`
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${viewBox}" lang="${input.locale}" font-family="${fonts}">`,
    `<title>${escapeXml(input.title)}</title>`,
    input.takeaway ? `<desc>${escapeXml(input.takeaway)}</desc>` : "",
    `<style>${style}</style>`,
    `<defs>${defs}</defs>`,
    `<rect width="100%" height="100%" fill="${FILE_INK.background}"/>`,
    ...parts,
    `</svg>`,
  ].join("\n")
}

/** The figure as one standalone SVG document. */
export function composeFigureSvg(input: ComposeInput): string {
  const L = LAYOUTS[input.size]
  const presentation = input.size === "presentation"
  const parts: string[] = []
  let height: number

  if (!presentation) {
    const w = new Writer(input.locale, L.pad, L.width - 2 * L.pad, L.pad - L.title * 0.4)
    w.paragraph(input.title, L.title, { bold: true, gap: 4 })
    if (input.takeaway) w.paragraph(input.takeaway, L.takeaway, { gap: L.body })
    if (input.change) w.paragraph(input.change, L.heading, { bold: true, gap: L.body * 0.6 })
    chartBlock(w, input, L, false)
    w.y += 4
    caveatBlock(w, input, L, false)
    assumptionBlock(w, input, L)
    w.y += L.body
    footerBlock(w, input, L)
    height = w.y + L.pad
    parts.push(...w.parts)
  } else {
    // 16:9 for a slide: chart on the reading-start side, caveats beside it, sources along the bottom.
    height = 1080
    const { head, chart, note, foot } = presentationLayout(input)
    parts.push(...head.parts, ...chart.parts, ...note.parts, ...foot.parts)
  }

  return svgDocument(input, L.width, Math.ceil(height), parts)
}
