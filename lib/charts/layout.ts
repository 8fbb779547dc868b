import type { BarPanel, ChartLayer, ChartPanel, ChartPoint, TrendPanel } from "./spec"
import { niceTicks } from "./ticks"
import { INK, themedPanel, type Ink, type Theme } from "./colours"
import { inBandDirection, round } from "../export/text"
import { formatAxisValue } from "../format/numbers"
import { confidenceRingNode, hatchId, hatchPattern, markNode, markShape, rangePathD } from "./mark-geometry"
import type { Locale } from "../data/schema"
import type { SvgElement } from "./svg-tree"

// One chart panel's drawing, laid out once: the scales, the plot box inside the axes, every tick, gridline,
// event line and label, and every mark, as a tree of SVG elements at a given size. The server draws this
// tree into the page's HTML (components/charts/server-drawing.tsx), the exports write it as text
// (lib/export/chart-svg.ts), and Recharts, which redraws the chart in the browser at the container's real
// width, is given this layout's margins, axis widths, domains, ticks and bar sizes (`geometry`), so that
// at the same size both drawings put every tick and mark in the same place (tests/e2e/chart-parity.spec.ts).
//
// Time runs left to right in both languages (the rule is explained at the top of lib/charts/spec.ts); in Arabic
// the value axis, its labels and the country names move to the right. Each right-to-left label carries its
// direction in-band and is anchored the left-to-right way (lib/export/text.ts says why), and the drawing
// itself is marked `direction: ltr`, so an Arabic page does not flip what its anchors mean.

export type Box = { x: number; y: number; w: number; h: number }

type LayoutOptions = {
  locale: Locale
  /** Unique per drawing in one document: the hatch patterns' ids. */
  scope: string
  /** Label size in the drawing's own units: 13 on a page, 24 on a slide, the export's chart size in files. */
  fontSize: number
  scale?: "linear" | "log"
  theme?: Theme
}

/** Recharts' margins and axis sizes for the same plot box: what the browser's drawing is given. */
export type Frame = {
  margin: { top: number; right: number; bottom: number; left: number }
  /** The value axis (trend) or the country axis (bars): its width beside the plot. */
  sideAxisWidth: number
  /** The axis under the plot: its height. */
  bottomAxisHeight: number
}

type TrendGeometry = Frame & {
  kind: "trend"
  plot: Box
  scale: "linear" | "log"
  yDomain: [number, number]
  yTicks: number[]
}

type BarsGeometry = Frame & {
  kind: "bars"
  plot: Box
  valueDomain: [number, number]
  valueTicks: number[]
  /** Each bar's thickness and the gap between one country's bars, as Recharts' barSize and barGap. */
  barSize: number
  barGap: number
  valueLabelSize: number
}

type PanelGeometry = TrendGeometry | BarsGeometry

type PanelLayout = { geometry: PanelGeometry; node: SvgElement; defs: SvgElement[] }

function text(
  t: string,
  o: {
    x: number
    y: number
    size: number
    fill: string
    anchor: "start" | "middle" | "end"
    rtl?: boolean
    data?: Record<string, string | number>
  },
): SvgElement {
  return {
    tag: "text",
    attrs: {
      x: round(o.x),
      y: round(o.y),
      "font-size": round(o.size),
      fill: o.fill,
      "text-anchor": o.anchor,
      ...o.data,
    },
    text: inBandDirection(t, o.rtl),
  }
}

const line = (
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  attrs: Record<string, string | number>,
): SvgElement => ({
  tag: "line",
  attrs: { x1: round(x1), y1: round(y1), x2: round(x2), y2: round(y2), ...attrs },
})

/** The hatch patterns a panel's preliminary marks are filled with, one per colour. */
export function hatchPatterns(layers: readonly ChartLayer[], scope: string, surface: string): SvgElement[] {
  return [...new Set(layers.map((l) => l.color))].map((color) => hatchPattern(scope, color, surface))
}

/** A trend panel's frame at a font size: the one rule for the space its axes and event labels take. */
export function trendFrame(panel: TrendPanel, box: Box, locale: Locale, fs: number) {
  const rtl = locale === "ar"
  const rows = Math.max(0, ...panel.events.map((e) => e.row + 1))
  // Arabic axis labels ("40 مليون") are wider than "40M"; the side away from the axis keeps room for
  // the last year's mark.
  const axisW = fs * (rtl ? 6.5 : 4.8)
  const pad = 8
  const top = fs + rows * fs * 1.35
  const bottom = fs * 2.2
  const plot = {
    x: box.x + (rtl ? pad : axisW),
    y: box.y + top,
    w: box.w - axisW - pad,
    h: box.h - top - bottom,
  }
  const frame: Frame = {
    margin: { top, right: rtl ? 0 : pad, bottom: 0, left: rtl ? pad : 0 },
    sideAxisWidth: axisW,
    bottomAxisHeight: bottom,
  }
  return { plot, frame }
}

/** The value axis of a trend panel in a scale: its domain and gridlines. */
export function trendValueAxis(panel: TrendPanel, scale: "linear" | "log") {
  const ticks = scale === "log" ? panel.logTicks : panel.linearTicks
  const domain: [number, number] = scale === "log" ? [ticks[0]!, ticks.at(-1)!] : [0, ticks.at(-1)!]
  return { ticks, domain }
}

/** The sizes a trend panel's marks are drawn at: larger on a slide, for the back of the room. */
export function trendStyle(fs: number) {
  const large = fs >= 20
  return {
    fontSize: fs,
    eventLabelSize: fs * 0.95,
    markSize: large ? 10 : 6,
    rangeHalf: large ? 12 : 7,
    rangeStroke: large ? 4 : 2.5,
    ringRadius: large ? 17 : 10.5,
  }
}
export type TrendStyle = ReturnType<typeof trendStyle>

/**
 * A label beside the plot, on the reading side: its value axis (trend) or its country names (bars).
 * `edge` is the plot's left side, or its right side right to left; the label runs away from the plot,
 * `gap` px from it.
 */
function sideLabel(
  label: string,
  y: number,
  edge: number,
  gap: number,
  data: Record<string, string | number>,
  o: { locale: Locale; fontSize: number; ink: Ink },
): SvgElement {
  const rtl = o.locale === "ar"
  return text(label, {
    x: rtl ? edge + gap : edge - gap,
    y: y + o.fontSize * 0.35,
    size: o.fontSize,
    anchor: rtl ? "start" : "end",
    rtl,
    fill: o.ink.text,
    data,
  })
}

/** A value-axis label beside the plot's edge. */
export function yTickLabel(
  panel: { unit: ChartPanel["unit"] },
  value: number,
  y: number,
  edge: number,
  o: { locale: Locale; fontSize: number; ink: Ink },
): SvgElement {
  const label = formatAxisValue(value, panel.unit, o.locale)
  return sideLabel(label, y, edge, 6, { "data-tick": "y", "data-value": value }, o)
}

/** A label under the plot (`bottom`: the plot's lower edge), centred on its tick. */
export function bottomTickLabel(
  label: string,
  value: number,
  x: number,
  bottom: number,
  o: { fontSize: number; ink: Ink },
): SvgElement {
  return text(label, {
    x,
    y: bottom + o.fontSize * 1.4,
    size: o.fontSize,
    anchor: "middle",
    fill: o.ink.text,
    data: { "data-tick": "x", "data-value": value },
  })
}

/** The year under a trend panel's tick (ticks sit mid-year). */
export const yearLabel = (x: number) => String(Math.floor(x))

/**
 * An event's label above the plot (`top`: its upper edge), in its row. It runs away from the nearer edge
 * of the time axis, so it stays inside the picture.
 */
export function eventLabel(
  label: string,
  row: number,
  x: number,
  top: number,
  towardsLeft: boolean,
  o: { locale: Locale; style: TrendStyle; ink: Ink },
): SvgElement {
  const fs = o.style.fontSize
  return text(label, {
    x: x + (towardsLeft ? -4 : 4),
    y: top - fs * 0.5 - row * fs * 1.35,
    size: o.style.eventLabelSize,
    fill: o.ink.text,
    rtl: o.locale === "ar",
    anchor: towardsLeft ? "end" : "start",
    data: { "data-event-label": "true" },
  })
}

/** Whether an event's label runs leftwards from its line: when the line is right of the axis's middle. */
export const eventRunsLeft = (panel: TrendPanel, x: number) => x > (panel.xDomain[0] + panel.xDomain[1]) / 2

/**
 * One observation's mark at (cx, cy): its glyph (by status and kind), a half-year's span across
 * January–June (`span`, its ends on the time axis), a range as an error bar (`range`, its ends on the
 * value axis), and the halo of a medium-confidence figure.
 */
export function pointNode(
  p: ChartPoint,
  color: string,
  at: { cx: number; cy: number; span?: [number, number]; range?: [number, number] },
  o: { style: TrendStyle; ink: Ink; scope: string },
): SvgElement {
  const cx = round(at.cx)
  const cy = round(at.cy)
  const children: SvgElement[] = []
  if (p.halfYear && at.span) {
    // The half-year is drawn across January–June, with end ticks, so it never reads as a full year.
    const [a, b] = [round(at.span[0]), round(at.span[1])]
    children.push({
      tag: "path",
      attrs: {
        d: `M${a},${cy - 5}V${cy + 5}M${a},${cy}H${b}M${b},${cy - 5}V${cy + 5}`,
        stroke: color,
        "stroke-width": 2,
        fill: "none",
      },
    })
  }
  if (p.range && at.range) {
    children.push({
      tag: "path",
      attrs: {
        d: rangePathD(cx, at.range[0], at.range[1], o.style.rangeHalf),
        stroke: color,
        "stroke-width": o.style.rangeStroke,
        fill: "none",
        "data-range": "true",
      },
    })
  }
  if (p.tier === "medium") children.push(confidenceRingNode(cx, cy, o.style.ringRadius, o.ink.halo))
  const glyph = markNode({
    cx,
    cy,
    mark: p.mark,
    color,
    scope: o.scope,
    shape: markShape(p),
    size: o.style.markSize,
    surface: o.ink.surface,
  })
  children.push({ tag: glyph.tag, attrs: { ...glyph.attrs, "data-glyph": "" } })
  return {
    tag: "g",
    attrs: {
      "data-mark": "observation",
      "data-key": p.key,
      "data-status": p.status,
      ...(p.derived ? { "data-derived": "true" } : {}),
    },
    children,
  }
}

function layoutTrend(panel: TrendPanel, box: Box, o: LayoutOptions, ink: Ink): PanelLayout {
  const fs = o.fontSize
  const rtl = o.locale === "ar"
  const { plot, frame } = trendFrame(panel, box, o.locale, fs)
  const scale = o.scale ?? panel.scale
  const log = scale === "log"
  const { ticks, domain } = trendValueAxis(panel, scale)
  const [d0, d1] = panel.xDomain
  const xs = (x: number) => plot.x + ((x - d0) / (d1 - d0)) * plot.w
  const [yMin, yMax] = log ? [Math.log10(domain[0]), Math.log10(domain[1])] : domain
  const ys = (v: number) =>
    plot.y + plot.h - (((log ? Math.log10(Math.max(v, 1e-9)) : v) - yMin) / (yMax - yMin)) * plot.h
  const style = trendStyle(fs)
  const geometry: TrendGeometry = { kind: "trend", plot, ...frame, scale, yDomain: domain, yTicks: ticks }
  const bottom = plot.y + plot.h
  const out: SvgElement[] = []
  for (const t of ticks) {
    const y = ys(t)
    out.push(line(plot.x, y, plot.x + plot.w, y, { stroke: ink.grid }))
    out.push(yTickLabel(panel, t, y, rtl ? plot.x + plot.w : plot.x, { locale: o.locale, fontSize: fs, ink }))
  }
  out.push(line(plot.x, bottom, plot.x + plot.w, bottom, { stroke: ink.axis }))
  for (const t of panel.xTicks)
    out.push(bottomTickLabel(yearLabel(t), t, xs(t), bottom, { fontSize: fs, ink }))

  for (const e of panel.events) {
    const x = xs(e.x)
    out.push(line(x, plot.y, x, bottom, { stroke: ink.event, "stroke-dasharray": "4 3" }))
    out.push(
      eventLabel(e.label, e.row, x, plot.y, eventRunsLeft(panel, e.x), { locale: o.locale, style, ink }),
    )
  }

  for (const l of panel.layers) {
    if (l.line.length < 2) continue
    let d = ""
    let pen = false
    for (const p of l.line) {
      if (p.y === null) {
        pen = false
        continue
      }
      d += `${pen ? "L" : "M"}${round(xs(p.x))},${round(ys(p.y))}`
      pen = true
    }
    out.push({
      tag: "path",
      attrs: {
        d,
        fill: "none",
        stroke: l.color,
        "stroke-width": 2.5,
        ...(l.kind === "half-year" ? { "stroke-dasharray": "7 4" } : {}),
        "data-line": l.key,
      },
    })
  }
  // The first series last, so where two marks coincide its solid mark sits inside the other's ring.
  for (const l of [...panel.layers].reverse())
    for (const p of l.points)
      out.push(
        pointNode(
          p,
          l.color,
          {
            cx: xs(p.x),
            cy: ys(p.y),
            span: [xs(p.span[0]), xs(p.span[1])],
            ...(p.range ? { range: [ys(p.range.low), ys(p.range.high)] as [number, number] } : {}),
          },
          { style, ink, scope: o.scope },
        ),
      )

  return {
    geometry,
    node: { tag: "g", attrs: { "data-drawing": panel.id }, children: out },
    defs: hatchPatterns(panel.layers, o.scope, ink.surface),
  }
}

/** A bars panel's frame at a font size: country names on one side, room for the values on the other. */
export function barsFrame(box: Box, locale: Locale, fs: number) {
  const rtl = locale === "ar"
  const labelW = fs * 9
  const far = fs * 3
  const top = 4
  const bottom = fs * 2.4
  const plot = { x: box.x + (rtl ? far : labelW), y: box.y + top, w: box.w - labelW - far, h: box.h - bottom }
  const frame: Frame = {
    margin: { top, right: rtl ? 0 : far, bottom: 0, left: rtl ? far : 0 },
    sideAxisWidth: labelW,
    bottomAxisHeight: bottom - top,
  }
  return { plot, frame }
}

/** A country's name beside its bars (a little further from the plot than a value-axis label). */
export function categoryLabel(
  c: { code: string; label: string },
  y: number,
  edge: number,
  o: { locale: Locale; fontSize: number; ink: Ink },
): SvgElement {
  return sideLabel(c.label, y, edge, 8, { "data-tick": "category", "data-value": c.code }, o)
}

/**
 * One bar (`rect`: its box, from the base at 0 % outwards) with the halo of a medium-confidence figure,
 * and its value beyond the bar's far end, running away from it.
 */
export function barNodes(
  p: ChartPoint,
  color: string,
  rect: { x: number; y: number; w: number; h: number },
  o: { locale: Locale; unit: ChartPanel["unit"]; ink: Ink; scope: string; labelSize: number },
): { mark: SvgElement; label: SvgElement } {
  const rtl = o.locale === "ar"
  const { x, y, w, h } = rect
  const fill =
    p.mark === "filled" ? color : p.mark === "hatched" ? `url(#${hatchId(o.scope, color)})` : o.ink.surface
  const children: SvgElement[] = [
    {
      tag: "rect",
      attrs: {
        x: round(x),
        y: round(y),
        width: round(w),
        height: round(h),
        fill,
        stroke: color,
        "stroke-width": 1.5,
        ...(p.mark === "hollow-dashed" ? { "stroke-dasharray": "3 2" } : {}),
        "data-bar": "true",
        "data-glyph": "",
      },
    },
  ]
  if (p.tier === "medium")
    // A medium-confidence bar gets the same dotted halo as a medium-confidence point.
    children.push({
      tag: "rect",
      attrs: {
        x: round(x - 3),
        y: round(y - 3),
        width: round(w + 6),
        height: round(h + 6),
        fill: "none",
        stroke: o.ink.halo,
        "stroke-width": 1.5,
        "stroke-dasharray": "1.5 2.5",
        "data-confidence": "medium",
      },
    })
  return {
    mark: {
      tag: "g",
      attrs: { "data-mark": "observation", "data-key": p.key, "data-status": p.status },
      children,
    },
    // Leftwards from the bar's left end right to left.
    label: text(p.shownValue, {
      x: rtl ? x - 4 : x + w + 4,
      y: y + h / 2 + o.labelSize * 0.35,
      size: o.labelSize,
      anchor: rtl ? "end" : "start",
      rtl,
      fill: o.ink.text,
      data: { "data-value-label": p.key },
    }),
  }
}

/** A bar's box from the base at `base` to the value at `end`: at least 2 px, so 0 % is never "no data". */
export function barBox(base: number, end: number, y: number, h: number, rtl: boolean) {
  // Growing rightwards, or leftwards right to left; a 0 % share is a 2 px tick on the bars' side of the
  // base, so it never pokes out over the country labels.
  const w = Math.max(Math.abs(end - base), 2)
  return { x: rtl ? base - w : base, y, w, h }
}

/** The value axis of a bars panel: four round gridlines from 0 past the largest share. */
export function barsValueAxis(panel: BarPanel) {
  const max = Math.max(...panel.layers.flatMap((l) => l.points.map((p) => p.y)))
  const ticks = niceTicks(max, 4)
  return { ticks, domain: [0, ticks.at(-1)!] as [number, number] }
}

/**
 * Each bar's thickness in a band of `band` px for `n` series, with the gap between one country's bars,
 * as Recharts' barSize and barGap; and the size of their value labels.
 */
export function barsSizing(band: number, n: number, fs: number) {
  const barGap = 2
  const thick = Math.min(fs * 1.3, (band - 8) / n)
  const barSize = thick - barGap
  // A value's label is no taller than its bar: where a short panel squeezes its bars (IWF's seven
  // countries over two years in the 16:9 picture), two labels of one country ran into each other.
  const labelSize = Math.min(fs * 0.9, Math.max(thick - 1, fs * 0.55))
  return { barSize, barGap, labelSize }
}

function layoutBars(panel: BarPanel, box: Box, o: LayoutOptions, ink: Ink): PanelLayout {
  const rtl = o.locale === "ar"
  const fs = o.fontSize
  const { plot, frame } = barsFrame(box, o.locale, fs)
  const { ticks, domain } = barsValueAxis(panel)
  const top = domain[1]
  const xs = (v: number) => (rtl ? plot.x + plot.w - (v / top) * plot.w : plot.x + (v / top) * plot.w)
  const band = plot.h / panel.categories.length
  const n = panel.layers.length
  const { barSize, barGap, labelSize } = barsSizing(band, n, fs)
  const geometry: BarsGeometry = {
    kind: "bars",
    plot,
    ...frame,
    valueDomain: domain,
    valueTicks: ticks,
    barSize,
    barGap,
    valueLabelSize: labelSize,
  }
  const bottom = plot.y + plot.h
  const out: SvgElement[] = []
  for (const t of ticks) {
    const x = xs(t)
    out.push(line(x, plot.y, x, bottom, { stroke: ink.grid }))
    out.push(bottomTickLabel(formatAxisValue(t, panel.unit, o.locale), t, x, bottom, { fontSize: fs, ink }))
  }
  panel.categories.forEach((c, i) => {
    const y0 = plot.y + i * band
    out.push(
      categoryLabel(c, y0 + band / 2, rtl ? plot.x + plot.w : plot.x, {
        locale: o.locale,
        fontSize: fs,
        ink,
      }),
    )
    // One country's bars side by side, centred in its band the way Recharts centres them (a whole-pixel
    // offset), so the browser's redraw puts them in the same place.
    const offset = Math.trunc((band - (n * barSize + (n - 1) * barGap)) / 2)
    panel.layers.forEach((l, j) => {
      const p = l.points.find((pt) => pt.category === c.code)
      if (!p) return
      const y = y0 + offset + j * (barSize + barGap)
      const { mark, label } = barNodes(p, l.color, barBox(xs(0), xs(p.y), y, barSize, rtl), {
        locale: o.locale,
        unit: panel.unit,
        ink,
        scope: o.scope,
        labelSize,
      })
      out.push(mark, label)
    })
  })
  return {
    geometry,
    node: { tag: "g", attrs: { "data-drawing": panel.id }, children: out },
    defs: hatchPatterns(panel.layers, o.scope, ink.surface),
  }
}

/** One panel, laid out in `box`, in a theme's colours. */
export function layoutPanel(panel: ChartPanel, box: Box, o: LayoutOptions): PanelLayout {
  const theme = o.theme ?? "light"
  const ink = INK[theme]
  return panel.kind === "trend"
    ? layoutTrend(themedPanel(panel, theme), box, o, ink)
    : layoutBars(themedPanel(panel, theme), box, o, ink)
}

/** A panel as a whole SVG element of its own, `width` × `height`: the page's server drawing. */
export function panelSvg(panel: ChartPanel, width: number, height: number, o: LayoutOptions): SvgElement {
  const { node, defs } = layoutPanel(panel, { x: 0, y: 0, w: width, h: height }, o)
  return {
    tag: "svg",
    attrs: {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${width} ${height}`,
      width: "100%",
      height: "100%",
      direction: "ltr",
      "aria-hidden": "true",
      focusable: "false",
    },
    children: [{ tag: "defs", attrs: {}, children: defs }, node],
  }
}
