import {
  bridgeCaveats,
  bridgeQuantities,
  bridgesForFigure,
  type BridgeQuantity,
  type ResolvedBridge,
} from "../analysis/bridge"
import { formatBridgeQuantity, layoutBridge } from "../charts/bridge-layout"
import { svgToString, type SvgElement } from "../charts/svg-tree"
import {
  bridgeChangeText,
  bridgeLegend,
  bridgeRows,
  bridgeSentence,
  formatBridgeValue,
  bridgeNoteItems,
  type BridgeLegendItem,
  type BridgeNoteItem,
  type BridgeLegendKey,
} from "../analysis/bridge-text"
import { sourceLabel } from "../charts/spec"
import { formatCitations } from "../format/citation"
import { FILE_INK, INK } from "../charts/colours"
import { localeSafeNumber, toCsv } from "./csv"
import { COLORS, isFigureId } from "../charts/figure-defs"
import { translatorFor } from "../i18n/translate"
import { localizedPath } from "../i18n/paths"
import { hatchId, rangePathD } from "../charts/mark-geometry"
import { markFor } from "../charts/marks"
import { PROVENANCE_COLUMNS, provenanceCells } from "../data/observations"
import type { Dataset, Locale } from "../data/schema"
import { fontStack, LAYOUTS, Writer, type ExportSize, type Layout } from "./compose"
import { bridgeExportFilename } from "./file-names"
import type { ExportFile, ExportFormat } from "./figure-export"
import { embeddedFontCss } from "./fonts"
import { escapeXml, estimateWidth, fallbackWidth, officeSafeBidi, round, svgText, wrapText } from "./text"

// A figure's change bridge as a file of its own: the drawing the page shows (lib/charts/bridge-layout.ts, the
// same node tree), and around it everything that makes the drawing honest when it travels alone: the
// change it explains, a legend that draws each mark it uses, what each part is (with the arithmetic and
// the assumptions of every computed part, in full), the assumptions of the whole bridge, the caveats its
// columns name, its sources, the dataset version and the address of the bridge on the figure's page.

/** The figure's bridge (one per figure today: lib/analysis/bridge.ts bridgesForFigure lists them in data order). */
export function figureBridge(dataset: Dataset, figureId: string): ResolvedBridge | undefined {
  return isFigureId(figureId) ? bridgesForFigure(dataset, figureId)[0] : undefined
}

/** The bridge on its figure's page, as the page anchors it. */
function bridgePagePath(bridge: ResolvedBridge, locale: Locale): string {
  return `${localizedPath(`/figures/${bridge.def.figure}`, locale)}#bridge-${bridge.def.id}`
}

// ---------------------------------------------------------------------------------------------------
// JSON

function quantityJson(q: BridgeQuantity, locale: Locale) {
  return {
    source: q.source,
    value: q.value,
    shown: q.shown,
    low: q.low,
    high: q.high,
    status: q.status,
    qualifier: q.qualifier ?? null,
    tier: q.tier,
    arithmetic: q.arithmetic?.[locale] ?? null,
    assumptions: q.assumptions.map((a) => a[locale]),
    reason: q.reason?.[locale] ?? null,
    ref: q.ref ?? null,
    citation: formatCitations(q.citations, locale),
    citations: q.citations,
  }
}

/**
 * The resolved bridge as data, in one language: every column and part with its value, span, status,
 * tier, arithmetic, assumptions and citations in full, the caveats its columns name with their text, the
 * legend and the sentence that reads it. The same object is the bridge export's `bridge` and the
 * figure JSON export's `bridge`, so either file explains the bridge by itself.
 */
export function bridgeJson(dataset: Dataset, bridge: ResolvedBridge, locale: Locale, origin: string) {
  const caveats = bridgeCaveats(dataset, bridge)
  return {
    id: bridge.def.id,
    figure: bridge.def.figure,
    from: bridge.def.from,
    to: bridge.def.to,
    title: bridge.def.title[locale],
    url: `${origin}${bridgePagePath(bridge, locale)}`,
    unit: bridge.unit,
    change: { ...bridge.change, text: bridgeChangeText(bridge, locale) },
    sentence: bridgeSentence(bridge, locale),
    columns: bridge.columns.map((c) => ({
      index: c.index,
      kind: c.kind,
      label: c.label[locale],
      note: c.note?.[locale] ?? null,
      caveat_id: c.caveatId ?? null,
      period: c.period ?? null,
      base: c.base,
      top: c.top,
      value_label: formatBridgeValue(c.quantity, c.kind, bridge.unit, locale),
      ...quantityJson(c.quantity, locale),
      parts: c.parts.map((p) => ({
        label: p.label[locale],
        note: p.note?.[locale] ?? null,
        value_label: formatBridgeValue(p.quantity, "part", bridge.unit, locale),
        ...quantityJson(p.quantity, locale),
      })),
    })),
    assumptions: bridge.assumptions.map((a) => a[locale]),
    events: (bridge.def.events ?? []).flatMap((id) =>
      dataset.events.filter((e) => e.id === id).map((e) => ({ id, date: e.date, label: e.label[locale] })),
    ),
    reference: bridge.def.reference ?? null,
    legend: bridgeLegend(dataset, bridge, locale),
    caveats: caveats.map((c) => ({
      id: c.id,
      kind: c.kind,
      title: c.title[locale],
      text: c.text[locale],
      citations: c.citations,
    })),
    sourceLine: sourceLabel(bridge.citations, locale),
    citations: bridge.citations,
  }
}

// ---------------------------------------------------------------------------------------------------
// CSV

export const BRIDGE_CSV_COLUMNS = [
  "bridge_id",
  "part_key",
  "part",
  "kind",
  "value",
  "value_any_locale",
  "value_shown",
  "qualifier",
  "range_low",
  "range_high",
  "status",
  "confidence",
  "source",
  "note",
  "detail",
  "caveat_id",
  ...PROVENANCE_COLUMNS,
] as const

function bridgeCsv(dataset: Dataset, bridge: ResolvedBridge, locale: Locale, url: string): string {
  const quantities = bridgeQuantities(bridge)
  const caveats = new Map(bridgeCaveats(dataset, bridge).map((c) => [c.id, c]))
  const rows = bridgeRows(bridge, locale).map((r) => {
    const { q } = quantities.get(r.key)!
    const caveat = r.caveatId ? caveats.get(r.caveatId) : undefined
    const row: Record<(typeof BRIDGE_CSV_COLUMNS)[number], string | number> = {
      bridge_id: bridge.def.id,
      part_key: r.key,
      part: r.label,
      kind: r.kind,
      // The value the drawing draws, signed for a change: the steps and parts add up to the levels
      // exactly. value_shown is how the page writes it (rounded, with its hedge word where it is computed).
      value: q.value,
      value_any_locale: localeSafeNumber(q.value),
      value_shown: r.value,
      qualifier: q.qualifier ?? "",
      // A span only where the table gives one (a computed or derived value).
      range_low: r.range ? q.low : "",
      range_high: r.range ? q.high : "",
      status: q.status,
      confidence: q.tier,
      source: r.source,
      note: r.note ?? "",
      detail: r.detail ?? "",
      caveat_id: r.caveatId ?? "",
      caveat: caveat ? `${caveat.title[locale]}: ${caveat.text[locale]}` : "",
      citation: formatCitations(q.citations, locale),
      ...provenanceCells(dataset, url),
    }
    return BRIDGE_CSV_COLUMNS.map((c) => row[c])
  })
  // A byte-order mark, CRLF and RFC 4180 quoting, as every CSV the dashboard serves (figure-export.ts).
  return `\uFEFF${toCsv(BRIDGE_CSV_COLUMNS, rows)}`
}

// ---------------------------------------------------------------------------------------------------
// SVG

type Swatch = (x: number, y: number, s: number) => string

const attrs = (a: Record<string, string | number>) =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${escapeXml(String(typeof v === "number" ? round(v) : v))}"`)
    .join("")

/**
 * The legend's marks, drawn with the drawing's own styles (lib/charts/bridge-layout.ts barAttrs, halo, the
 * reference and event lines): tests/unit/bridge-export.test.ts holds each to a node of the drawing, so
 * the two cannot drift apart. Status marks are drawn in ink, as the figure legends draw them: the
 * style is the message, the colour says total or cause.
 */
function swatches(bridge: ResolvedBridge, scope: string): Record<BridgeLegendKey, Swatch> {
  const ink = INK.light
  const box = (x: number, y: number, s: number, a: Record<string, string | number>) =>
    `<rect${attrs({ x: x + s * 0.15, y: y - s * 0.8, width: s * 1.5, height: s * 0.9, ...a })}/>`
  // The rest of a total is drawn as the drawing draws it: in the total's colour, in its part's style.
  const rest = bridge.columns
    .flatMap((c) => c.parts)
    .find((p) => p.quantity.source === "remainder" || p.quantity.source === "adjusted")
  const restMark = rest ? markFor(rest.quantity.status) : "filled"
  return {
    level: (x, y, s) => box(x, y, s, { fill: COLORS.blue, stroke: COLORS.blue, "stroke-width": 2 }),
    cause: (x, y, s) =>
      box(x, y, s, { fill: COLORS.vermillion, stroke: COLORS.vermillion, "stroke-width": 2 }),
    rest: (x, y, s) =>
      box(x, y, s, {
        fill:
          restMark === "filled"
            ? COLORS.blue
            : restMark === "hatched"
              ? `url(#${hatchId(`${scope}-legend`, COLORS.blue)})`
              : ink.surface,
        stroke: COLORS.blue,
        "stroke-width": 2,
        ...(restMark === "hollow-dashed" ? { "stroke-dasharray": "5 3" } : {}),
      }),
    computed: (x, y, s) =>
      box(x, y, s, { fill: ink.surface, stroke: ink.halo, "stroke-width": 2, "stroke-dasharray": "5 3" }),
    approximate: (x, y, s) => box(x, y, s, { fill: ink.surface, stroke: ink.halo, "stroke-width": 2 }),
    preliminary: (x, y, s) =>
      box(x, y, s, {
        fill: `url(#${hatchId(`${scope}-legend`, ink.halo)})`,
        stroke: ink.halo,
        "stroke-width": 2,
      }),
    notSplit: (x, y, s) =>
      box(x, y, s, {
        fill: ink.surface,
        stroke: COLORS.grey,
        "stroke-width": 2,
        "stroke-dasharray": "2 3",
      }),
    medium: (x, y, s) =>
      box(x, y, s * 0.8, { fill: COLORS.blue, stroke: COLORS.blue, "stroke-width": 2 }) +
      `<rect${attrs({
        x: x + s * 0.12 - 4,
        y: y - s * 0.64 - 4,
        width: s * 1.2 + 8,
        height: s * 0.72 + 8,
        fill: "none",
        stroke: ink.halo,
        "stroke-width": 1.5,
        "stroke-dasharray": "1.5 2.5",
      })}/>`,
    range: (x, y, s) =>
      `<path${attrs({ d: rangePathD(x + s * 0.9, y + s * 0.05, y - s * 0.85, s * 0.3), stroke: ink.text, "stroke-width": 1.5, fill: "none" })}/>`,
    reference: (x, y, s) =>
      `<line${attrs({ x1: x, x2: x + s * 1.8, y1: y - s * 0.35, y2: y - s * 0.35, stroke: ink.axis, "stroke-width": 1.5, "stroke-dasharray": "1 4" })}/>`,
    event: (x, y, s) =>
      `<line${attrs({ x1: x + s * 0.9, x2: x + s * 0.9, y1: y - s * 0.95, y2: y + s * 0.15, stroke: ink.text, "stroke-width": 2, "stroke-dasharray": "6 3" })}/>`,
  }
}

/** The drawing's hatch, for the legend: the same pattern as lib/charts/bridge-layout.ts draws (6 px, 45°). */
function legendHatch(scope: string, colour: string): string {
  return `<pattern id="${hatchId(`${scope}-legend`, colour)}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="${INK.light.surface}"/><line x1="0" y1="0" x2="0" y2="6" stroke="${colour}" stroke-width="3"/></pattern>`
}

type BridgeSvgInput = {
  locale: Locale
  size: ExportSize
  scope: string
  bridge: ResolvedBridge
  dataset: Dataset
  title: string
  change: string
  legend: BridgeLegendItem[]
  notes: BridgeNoteItem[]
  assumptions: string[]
  caveats: { title: string; text: string }[]
  sourceLine: string
  datasetLine: string
  url: string
  labels: { legend: string; notes: string; assumptions: string; why: string }
  fontCss?: string
}

/** The legend as rows of swatch and words, from the reading start; a text too long for the row wraps. */
function legendBlock(w: Writer, input: BridgeSvgInput, size: number) {
  const draw = swatches(input.bridge, input.scope)
  const sw = size * 1.8
  const gap = size * 0.5
  w.paragraph(input.labels.legend, size + 1, { bold: true })
  let cursor = 0
  let rowY = w.y
  let rowLines = 0
  const lh = size * 1.45
  const newRow = () => {
    w.y = rowY + rowLines * lh
    rowY = w.y
    rowLines = 0
    cursor = 0
  }
  for (const item of input.legend) {
    const textW = estimateWidth(item.text, size) * fallbackWidth()
    const full = sw + gap + textW + size * 1.2
    if (cursor > 0 && cursor + full > w.width) newRow()
    const room = w.width - cursor - sw - gap
    const lines = wrapText(item.text, room, size)
    const x = w.rtl ? w.x0 + w.width - cursor : w.x0 + cursor
    const baseline = rowY + lh * 0.78
    const swatchX = w.rtl ? x - sw : x
    const words = lines.map((line, i) =>
      svgText(line, {
        x: w.rtl ? x - sw - gap : x + sw + gap,
        y: baseline + i * lh,
        size,
        rtl: w.rtl,
        anchor: w.rtl ? "end" : "start",
      }),
    )
    w.parts.push(
      `<g data-legend="${item.key}">${draw[item.key](swatchX, baseline, size)}${words.join("")}</g>`,
    )
    rowLines = Math.max(rowLines, lines.length)
    const used = sw + gap + Math.max(...lines.map((l) => estimateWidth(l, size) * fallbackWidth()))
    cursor += used + size * 1.2
    if (lines.length > 1) newRow()
  }
  if (rowLines > 0) newRow()
  w.y += size * 0.3
}

/** One line of a note, cut at a word with "…" where the fitting asks for one line per note. */
function oneLine(text: string, width: number, size: number): string {
  const lines = wrapText(text, width, size)
  if (lines.length <= 1) return text
  const words = lines[0]!.split(" ")
  while (words.length > 1 && estimateWidth(`${words.join(" ")} …`, size) * fallbackWidth() > width)
    words.pop()
  return `${words.join(" ")} …`
}

type Fit = { captionsOnly: boolean; shortNotes: boolean }

/** What each part is, the bridge's assumptions and its caveats; assumptions and arithmetic always in full. */
function notesBlock(w: Writer, input: BridgeSvgInput, L: Layout, fit: Fit) {
  w.paragraph(input.labels.notes, L.heading + 2, { bold: true, gap: 2 })
  for (const n of input.notes) {
    w.paragraph(n.head, L.body, { bold: true })
    // Short of room, the range and confidence lead the arithmetic's paragraph instead of a line of their own.
    const merge = fit.shortNotes && n.qualifies && n.detail
    if (n.qualifies && !merge) w.paragraph(n.qualifies, L.small)
    if (n.note)
      w.paragraph(fit.shortNotes ? oneLine(n.note, w.width, L.body) : n.note, L.body, {
        gap: n.detail ? 0 : L.body * 0.4,
      })
    if (n.detail)
      w.paragraph(
        merge ? `${n.qualifies}${input.locale === "ar" ? "؛" : ";"} ${n.detail}` : n.detail,
        L.small,
        {
          fill: FILE_INK.secondary,
          gap: L.body * 0.4,
        },
      )
  }
  if (input.assumptions.length > 0) {
    w.y += L.body * 0.4
    w.paragraph(input.labels.assumptions, L.body + 1, { bold: true })
    for (const a of input.assumptions) w.paragraph(a, L.small, { gap: L.small * 0.3 })
  }
  if (input.caveats.length > 0) {
    w.y += L.body * 0.4
    w.paragraph(input.labels.why, L.body + 1, { bold: true, gap: 2 })
    input.caveats.forEach((c, i) => {
      w.paragraph(`${i + 1}. ${c.title}`, L.body, { bold: true })
      if (!fit.captionsOnly) w.paragraph(c.text, L.small, { gap: L.small * 0.4 })
    })
  }
}

function footerBlock(w: Writer, input: BridgeSvgInput, L: Layout) {
  w.paragraph(input.sourceLine, L.small, { fill: FILE_INK.secondary })
  w.paragraph(input.datasetLine, L.small, { fill: FILE_INK.secondary })
  w.paragraph(input.url, L.small, { fill: FILE_INK.link })
}

// The drawing's plot starts this far from its left edge and ends this far from its right (bridge-layout.ts).
const PLOT_MARGINS = 72 + 16

/**
 * The drawing's type size: `preferred`, or smaller where a column's value (written above it, on one line)
 * would be wider than its column in a fallback font. Programs other than a browser set the words in a
 * system face (DejaVu Sans here), wider than the embedded Geist: at 18 px in a 1,030 px drawing,
 * CyberTipline's "about −110,000" and "about 29.2 million" ran into each other in rsvg.
 */
function drawingFontSize(input: BridgeSvgInput, width: number, preferred: number): number {
  const { bridge, locale } = input
  const slot = (width - PLOT_MARGINS) / bridge.columns.length
  const widest = Math.max(
    ...bridge.columns.map((c) => {
      const text = formatBridgeQuantity(c.quantity, c.kind, bridge.unit, locale)
      return estimateWidth(text, 1, true) * fallbackWidth(true, text)
    }),
  )
  return Math.max(11, Math.min(preferred, Math.floor(((slot - 6) / widest) * 2) / 2))
}

/** The drawing at (x, y): the page's node tree, whole, moved into place. */
function drawing(
  input: BridgeSvgInput,
  x: number,
  y: number,
  width: number,
  height: number,
  preferred: number,
) {
  const tree: SvgElement = layoutBridge(input.dataset, input.bridge, {
    locale: input.locale,
    scope: input.scope,
    width: Math.round(width),
    height: Math.round(height),
    fontSize: drawingFontSize(input, Math.round(width), preferred),
  })
  // The root's children in a translated group rather than the root <svg> itself: the document's own
  // font stack (embedded faces first, then the fallbacks) then applies to the drawing's words too, and the
  // file keeps no SVG `direction` (LibreOffice ignores it; lib/export/text.ts).
  const inner = (tree.children ?? []).map(svgToString).join("")
  return `<g transform="translate(${round(x)},${round(y)})" data-bridge-drawing="${escapeXml(input.bridge.def.id)}">${inner}</g>`
}

function composeBridgeSvg(input: BridgeSvgInput): string {
  const L = LAYOUTS[input.size]
  const parts: string[] = []
  let height: number
  if (input.size === "standard") {
    const inner = L.width - 2 * L.pad
    const w = new Writer(input.locale, L.pad, inner, L.pad - L.title * 0.4)
    w.paragraph(input.title, L.title, { bold: true, gap: 4 })
    w.paragraph(input.change, L.heading, { bold: true, gap: L.body * 0.6 })
    const h = 420
    w.parts.push(drawing(input, L.pad, w.y, inner, h, 13))
    w.y += h + L.body * 0.5
    legendBlock(w, input, L.small)
    w.y += L.body * 0.6
    notesBlock(w, input, L, { captionsOnly: false, shortNotes: false })
    w.y += L.body
    footerBlock(w, input, L)
    height = w.y + L.pad * 0.75
    parts.push(...w.parts)
  } else {
    // 16:9 for a slide, always exactly 1920×1080: the drawing and its legend on the reading-start side,
    // what each part is beside them, sources along the bottom.
    height = 1080
    const inner = L.width - 2 * L.pad
    const gap = 56
    const drawW = Math.round(inner * 0.58)
    const noteW = inner - drawW - gap
    const rtl = input.locale === "ar"
    const drawX = rtl ? L.pad + noteW + gap : L.pad
    const noteX = rtl ? L.pad : L.pad + drawW + gap
    const head = new Writer(input.locale, L.pad, inner, L.pad - L.title * 0.3)
    head.paragraph(input.title, L.title, { bold: true, maxLines: 2, gap: 2 })
    head.paragraph(input.change, L.heading + 2, { bold: true, maxLines: 2, gap: L.body * 0.6 })
    const bottom = height - L.pad * 0.5
    // The notes column first: each step gives up the least it can, until the column fits. Caveats keep
    // their titles (their text is in the bridge's JSON and CSV and on the page), notes keep one line,
    // and type gets smaller; the arithmetic and the assumptions are never cut.
    const attempts: { fit: Fit; L: Layout }[] = [
      { fit: { captionsOnly: false, shortNotes: false }, L },
      { fit: { captionsOnly: true, shortNotes: false }, L },
      { fit: { captionsOnly: true, shortNotes: true }, L },
      ...[1, 2, 3, 4].map((step) => ({
        fit: { captionsOnly: true, shortNotes: true },
        L: { ...L, heading: L.heading - 2 * step, body: L.body - step, small: L.small - step },
      })),
    ]
    const notesWithin = (limit: number) => {
      for (const a of attempts) {
        const w = new Writer(input.locale, noteX, noteW, head.y)
        notesBlock(w, input, a.L, a.fit)
        if (w.y <= limit) return w
      }
      return undefined
    }
    const legend = new Writer(input.locale, drawX, drawW, 0)
    legendBlock(legend, input, L.small)
    const drawTop = head.y + 8
    // The sources, dataset line and address along the bottom, as tall as their lines (CyberTipline's
    // sources take two) and a line's height below what is above them, so the two never touch...
    const wide = new Writer(input.locale, L.pad, inner, 0)
    footerBlock(wide, input, L)
    const footerTop = bottom - wide.y
    let note = notesWithin(footerTop - L.small)
    let foot: Writer
    let drawH: number
    if (note) {
      drawH = footerTop - L.small - drawTop - legend.y - L.body * 0.5
      foot = new Writer(input.locale, L.pad, inner, footerTop)
    } else {
      // ... or, where the notes need that room too (CyberTipline, with two computed steps), under the
      // drawing's legend, in its column, and the notes run down to the bottom margin.
      const narrow = new Writer(input.locale, drawX, drawW, 0)
      footerBlock(narrow, input, L)
      note = notesWithin(bottom) ?? notesWithin(Infinity)!
      drawH = bottom - narrow.y - L.small - drawTop - legend.y - L.body * 0.5
      foot = new Writer(input.locale, drawX, drawW, bottom - narrow.y)
    }
    footerBlock(foot, input, L)
    drawH = Math.max(320, drawH)
    const draw = drawing(input, drawX, drawTop, drawW, drawH, 18)
    const placed = new Writer(input.locale, drawX, drawW, drawTop + drawH + L.body * 0.5)
    legendBlock(placed, input, L.small)
    parts.push(...head.parts, draw, ...placed.parts, ...note.parts, ...foot.parts)
  }
  return bridgeSvgDocument(input, L.width, height, parts)
}

/** The file around the parts: size, title, the sentence that reads it, fonts, hatches and a white ground. */
function bridgeSvgDocument(input: BridgeSvgInput, width: number, height: number, parts: string[]): string {
  const fonts = fontStack(input.locale, Boolean(input.fontCss))
  const style = `${input.fontCss ?? ""}text{font-family:${fonts}}`
  const H = Math.ceil(height)
  const document = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${H}" viewBox="0 0 ${width} ${H}" lang="${input.locale}" font-family="${fonts}">`,
    `<title>${escapeXml(input.title)}</title>`,
    `<desc>${escapeXml(bridgeSentence(input.bridge, input.locale))}</desc>`,
    `<style>${style}</style>`,
    `<defs>${legendHatch(input.scope, INK.light.halo)}${legendHatch(input.scope, COLORS.blue)}</defs>`,
    `<rect width="100%" height="100%" fill="${FILE_INK.background}"/>`,
    ...parts,
    `</svg>`,
  ].join("\n")
  return officeSafeBidi(document)
}

function bridgeSvgInput(
  dataset: Dataset,
  bridge: ResolvedBridge,
  locale: Locale,
  o: { size: ExportSize; url: string; fontCss?: string },
): BridgeSvgInput {
  const t = translatorFor(locale, "export")
  const tb = translatorFor(locale, "bridge")
  const notes = bridgeNoteItems(bridge, locale)
  return {
    locale,
    size: o.size,
    scope: `bx-${bridge.def.id}`,
    bridge,
    dataset,
    title: bridge.def.title[locale],
    change: bridgeChangeText(bridge, locale),
    legend: bridgeLegend(dataset, bridge, locale),
    notes,
    assumptions: bridge.assumptions.map((a) => a[locale]),
    caveats: bridgeCaveats(dataset, bridge).map((c) => ({ title: c.title[locale], text: c.text[locale] })),
    sourceLine: t("sources", { sources: sourceLabel(bridge.citations, locale) }),
    datasetLine: t("dataset", { version: dataset.meta.version, date: dataset.meta.updated }),
    url: o.url,
    labels: {
      legend: tb("legend.title"),
      notes: tb("notes"),
      assumptions: t("assumptions"),
      why: t("why"),
    },
    fontCss: o.fontCss,
  }
}

/**
 * The drawing and its legend alone, `width` wide, for the bridge's slide in a PowerPoint file
 * (lib/export/pptx.ts): the slide writes the change, what each part is, the assumptions and the sources
 * as text boxes of its own, so they stay editable. No embedded fonts: the rasteriser loads its own.
 */
export function buildBridgePictureSvg(
  dataset: Dataset,
  bridge: ResolvedBridge,
  locale: Locale,
  width = 1100,
): { svg: string; width: number; height: number } {
  const input = bridgeSvgInput(dataset, bridge, locale, { size: "presentation", url: "" })
  const L = LAYOUTS.presentation
  const m = 8
  const inner = width - 2 * m
  const drawH = Math.round(inner * 0.52)
  const draw = drawing(input, m, m, inner, drawH, 22)
  const legend = new Writer(locale, m, inner, m + drawH + L.body * 0.5)
  legendBlock(legend, input, L.small)
  const height = Math.ceil(legend.y + m)
  return { svg: bridgeSvgDocument(input, width, height, [draw, ...legend.parts]), width, height }
}

/**
 * A figure's bridge as a file: the SVG picture with everything it needs to be read alone, one CSV row
 * per row of the bridge's table, or the resolved bridge as JSON. Undefined for a figure with no bridge.
 */
export function buildBridgeExport(
  dataset: Dataset,
  figureId: string,
  locale: Locale,
  format: ExportFormat,
  o: { size?: ExportSize; origin: string; embedFonts?: boolean },
): ExportFile | undefined {
  const bridge = figureBridge(dataset, figureId)
  if (!bridge) return undefined
  const url = `${o.origin}${bridgePagePath(bridge, locale)}`
  const stem = `${figureId}_${locale}_${dataset.meta.version}`
  if (format === "svg") {
    const size = o.size ?? "standard"
    const body = composeBridgeSvg(
      bridgeSvgInput(dataset, bridge, locale, {
        size,
        url,
        fontCss: o.embedFonts === false ? undefined : embeddedFontCss(locale),
      }),
    )
    return {
      body,
      contentType: "image/svg+xml; charset=utf-8",
      filename: bridgeExportFilename(stem, "svg", size),
    }
  }
  if (format === "csv")
    return {
      body: bridgeCsv(dataset, bridge, locale, url),
      contentType: "text/csv; charset=utf-8",
      filename: bridgeExportFilename(stem, "csv"),
    }
  const body = JSON.stringify(
    {
      figure: figureId,
      locale,
      url,
      dataset: {
        version: dataset.meta.version,
        updated: dataset.meta.updated,
        source: dataset.meta.seed.title[locale],
      },
      bridge: bridgeJson(dataset, bridge, locale, o.origin),
    },
    null,
    2,
  )
  return {
    body,
    contentType: "application/json; charset=utf-8",
    filename: bridgeExportFilename(stem, "json"),
  }
}
