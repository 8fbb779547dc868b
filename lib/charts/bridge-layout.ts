import type { BridgeColumn, BridgeQuantity, ResolvedBridge } from "../analysis/bridge"
import { INK, seriesColour, type Theme } from "./colours"
import { eventDateToX, formatEventDate, periodSpan } from "../format/time"
import { COLORS } from "./figure-defs"
import { COMMA, formatAxisValue, formatSignedValue, formatValue, withQualifier } from "../format/values"
import { markFor } from "./marks"
import { hatchId, hatchPattern, rangePathD } from "./mark-geometry"
import { niceTicks } from "./ticks"
import { estimateWidth, inBandDirection, round, wrapText } from "../export/text"
import type { SvgElement } from "./svg-tree"
import type { Dataset, Locale } from "../data/schema"

// The drawing of a change bridge, computed once as a tree of SVG elements (lib/charts/svg-tree.ts says how the
// page and the exports each draw such a tree).
// Time runs left to right in both languages; only the words are right to left in Arabic.

type BridgeLayoutOptions = {
  width?: number
  height?: number
  locale: Locale
  theme?: Theme
  /** Font size of labels in the drawing's own units. */
  fontSize?: number
  /** Unique per drawing on one page (pattern ids). */
  scope: string
}

/** A bridge value as every surface shows it: with its hedge word, and signed where it is a change. */
export function formatBridgeQuantity(
  q: BridgeQuantity,
  kind: BridgeColumn["kind"],
  unit: ResolvedBridge["unit"],
  locale: Locale,
): string {
  const abs = formatValue(Math.abs(q.shown), unit, locale)
  const value = kind === "step" ? formatSignedValue(q.shown, unit, locale) : abs
  return withQualifier(value, q.qualifier, locale)
}

type Colours = {
  level: string
  cause: string
  open: string
  text: string
  surface: string
  axis: string
  grid: string
  halo: string
}

function colours(theme: Theme): Colours {
  const ink = INK[theme]
  return {
    level: seriesColour(COLORS.blue, theme),
    cause: seriesColour(COLORS.vermillion, theme),
    open: seriesColour(COLORS.grey, theme),
    text: ink.text,
    surface: ink.surface,
    axis: ink.axis,
    grid: ink.grid,
    halo: ink.halo,
  }
}

function barAttrs(
  q: BridgeQuantity,
  colour: string,
  c: Colours,
  scope: string,
): Record<string, string | number> {
  // A part the sources do not split is neither a cause nor a total: grey, outlined in dots.
  if (q.source === "not-split")
    return { fill: c.surface, stroke: c.open, "stroke-width": 2, "stroke-dasharray": "2 3" }
  const mark = markFor(q.status)
  const attrs: Record<string, string | number> = {
    fill: mark === "filled" ? colour : mark === "hatched" ? `url(#${hatchId(scope, colour)})` : c.surface,
    stroke: colour,
    "stroke-width": 2,
  }
  if (mark === "hollow-dashed") attrs["stroke-dasharray"] = "5 3"
  return attrs
}

function text(
  t: string,
  x: number,
  y: number,
  size: number,
  fill: string,
  anchor: "start" | "middle" | "end",
  bold = false,
  rtl = false,
): SvgElement {
  // Right-to-left lines carry their direction in-band, for the page and the file alike: LibreOffice ignores
  // SVG `direction`, and where it is honoured it flips what text-anchor means (lib/export/text.ts).
  return {
    tag: "text",
    attrs: {
      x: round(x),
      y: round(y),
      "font-size": size,
      ...(bold ? { "font-weight": 700 } : {}),
      fill,
      "text-anchor": anchor,
    },
    text: inBandDirection(t, rtl),
  }
}

// A range narrower than this is not drawn as an error bar (a 29.2 million rounded to 0.1 million spans a
// pixel): its hedge word says it, and the table and the description give the span.
const MIN_RANGE_PX = 4

/**
 * The bridge as SVG nodes at `width` × `height`: y from zero, each column a bar (a level from zero, a step
 * from the running total), its range as an error bar, dashed connectors between running totals, a
 * reference level across, and events at their date inside the column whose period holds them.
 */
export function layoutBridge(dataset: Dataset, bridge: ResolvedBridge, o: BridgeLayoutOptions): SvgElement {
  const { locale, scope } = o
  const width = o.width ?? 960
  const height = o.height ?? 440
  const size = o.fontSize ?? 15
  const rtl = locale === "ar"
  const c = colours(o.theme ?? "light")
  const n = bridge.columns.length
  // Noto Sans Arabic's ascent and descent make a line box of about 2.1 em (measured in Chromium: 36 px
  // for 15 px text at a scale of 1.13), Geist's about 1.2 em; lines are set that far apart, so no two
  // line boxes overlap in any renderer (Arabic marks above and below reach the box's edges).
  const lineH = size * (rtl ? 2.1 : 1.25)
  const values = bridge.columns.flatMap((col) => [
    col.base,
    col.top,
    col.base + col.quantity.high,
    col.base + col.quantity.low,
  ])
  const ticks = niceTicks(Math.max(...values))
  const yMax = ticks[ticks.length - 1]!
  // Room for the widest tick label and its 8 px gap: at a slide's type size, Arabic's "40 مليون" is
  // wider than the page's 72 px, and was cut at the drawing's edge. The widest in either language, so
  // the bars stand in the same place in both.
  const tickWidth = (l: Locale) =>
    Math.max(...ticks.map((t) => estimateWidth(formatAxisValue(t, bridge.unit, l), size)))
  const left = Math.max(72, Math.ceil(Math.max(tickWidth("en"), tickWidth("ar")) + 14))
  const right = 16
  const plotW = width - left - right
  const slot = plotW / n
  const barW = Math.min(slot * 0.6, 180)
  const labelLines = bridge.columns.map((col) => wrapText(col.label[locale], slot - 8, size, true))
  const maxLabelLines = Math.max(...labelLines.map((l) => l.length))
  const eventIds = bridge.def.events ?? []
  const top = 30 + (eventIds.length > 0 ? lineH * 2 : 0)
  const bottom = height - 12 - maxLabelLines * lineH
  const y = (v: number) => bottom - (v / yMax) * (bottom - top)
  const xCentre = (i: number) => left + slot * (i + 0.5)
  const nodes: SvgElement[] = []

  // Gridlines and axis ticks.
  for (const t of ticks) {
    nodes.push({
      tag: "line",
      attrs: {
        x1: left,
        x2: width - right,
        y1: round(y(t)),
        y2: round(y(t)),
        stroke: t === 0 ? c.axis : c.grid,
        "stroke-width": 1,
      },
    })
    nodes.push(
      text(
        formatAxisValue(t, bridge.unit, locale),
        left - 8,
        y(t) + size * 0.35,
        size * 0.85,
        c.text,
        "end",
        false,
        rtl,
      ),
    )
  }

  // The reference level across the bridge ("all of 2023"), so later columns are read against it.
  if (bridge.def.reference !== undefined) {
    const ref = bridge.columns.find((col) => col.index === bridge.def.reference)!
    const ry = round(y(ref.top))
    nodes.push({
      tag: "line",
      attrs: {
        x1: left,
        x2: width - right,
        y1: ry,
        y2: ry,
        stroke: c.axis,
        "stroke-width": 1.5,
        "stroke-dasharray": "1 4",
        "data-reference": "",
      },
    })
  }

  // Each event at its date inside the column whose period holds it, as a fraction of the column's width.
  const events = eventIds.flatMap((id) => {
    const e = dataset.events.find((x) => x.id === id)!
    const at = eventDateToX(e.date)
    const col = bridge.columns.findIndex(
      (x) => x.period && periodSpan(x.period)[0] <= at && at < periodSpan(x.period)[1],
    )
    if (col < 0) return []
    const [s0, s1] = periodSpan(bridge.columns[col]!.period!)
    return [{ e, col, fraction: (at - s0) / (s1 - s0) }]
  })
  const eventAt: Record<number, number> = Object.fromEntries(events.map((x) => [x.col, x.fraction]))

  bridge.columns.forEach((col, i) => {
    const cx = xCentre(i)
    const x0 = cx - barW / 2
    const q = col.quantity
    const group: SvgElement[] = []
    const lowEnd = Math.min(col.base, col.top)
    const highEnd = Math.max(col.base, col.top)
    const colour = col.kind === "level" ? c.level : c.cause
    // A bar of the column from y0 up to y1, at least `min` tall so that a small value still shows, and
    // the halo of a medium-confidence value around it: a part's bar and a whole column's alike.
    const bar = (
      y0: number,
      y1: number,
      min: number,
      v: BridgeQuantity,
      fill: string,
      extra: Record<string, number> = {},
    ) => {
      group.push({
        tag: "rect",
        attrs: {
          x: round(x0),
          y: round(y1),
          width: round(barW),
          height: round(Math.max(min, y0 - y1)),
          ...barAttrs(v, fill, c, scope),
          ...extra,
        },
      })
      if (v.tier === "medium") group.push(halo(x0, y1, barW, y0 - y1, c.halo))
    }
    if (col.parts.length > 0) {
      let acc = 0
      col.parts.forEach((p, k) => {
        const partColour =
          p.quantity.source === "remainder" || p.quantity.source === "adjusted" ? c.level : c.cause
        const y0 = y(acc)
        const y1 = y(acc + p.quantity.value)
        bar(y0, y1, 1, p.quantity, partColour, { "data-part": k })
        // Inside the part when there is room, in white on solid colour or ink on a hollow bar.
        // The label's lines, then the value on a line of its own (a number never splits from its unit).
        const inner = [
          ...wrapText(p.label[locale], barW - 10, size * 0.85, false),
          formatBridgeQuantity(p.quantity, "level", bridge.unit, locale),
        ]
        if (y0 - y1 >= inner.length * lineH * 0.9 + 8) {
          const solid = markFor(p.quantity.status) === "filled" && p.quantity.source !== "not-split"
          inner.forEach((line, li) =>
            group.push(
              text(
                line,
                cx,
                y1 + 6 + (li + 0.8) * lineH * 0.9,
                size * 0.85,
                solid ? c.surface : c.text,
                "middle",
                false,
                rtl,
              ),
            ),
          )
        }
        acc += p.quantity.value
        // The boundary between two parts is as uncertain as the parts below it: an error bar there.
        const spanLow = col.parts.slice(0, k + 1).reduce((s, x) => s + x.quantity.low, 0)
        const spanHigh = col.parts.slice(0, k + 1).reduce((s, x) => s + x.quantity.high, 0)
        if (k < col.parts.length - 1 && y(spanLow) - y(spanHigh) >= MIN_RANGE_PX)
          group.push({
            tag: "path",
            attrs: {
              d: rangePathD(cx + barW / 2 - 10, y(spanLow), y(spanHigh), 5),
              stroke: c.text,
              "stroke-width": 1.5,
              fill: "none",
              "data-range": "",
            },
          })
      })
    } else {
      bar(y(lowEnd), y(highEnd), 1.5, q, colour)
    }
    // The range of the column's end (a level's top, a step's far end).
    const far = col.kind === "level" ? 0 : col.base
    if (col.parts.length === 0 && y(far + q.low) - y(far + q.high) >= MIN_RANGE_PX) {
      group.push({
        tag: "path",
        attrs: {
          d: rangePathD(cx, y(far + q.low), y(far + q.high), 6),
          stroke: c.text,
          "stroke-width": 1.5,
          fill: "none",
          "data-range": "",
        },
      })
    }
    // The value above the column.
    const valueY = y(Math.max(highEnd, col.kind === "level" ? q.high : col.base + Math.max(q.high, 0))) - 8
    // Where an event's line crosses the column, the value sits beside the line, on the side with more room.
    const ev = eventAt[i]
    const evX = ev === undefined ? 0 : x0 + ev * barW
    const [vx, va] =
      ev === undefined
        ? [cx, "middle" as const]
        : ev > 0.5
          ? [evX - 6, "end" as const]
          : [evX + 6, "start" as const]
    group.push(
      text(formatBridgeQuantity(q, col.kind, bridge.unit, locale), vx, valueY, size, c.text, va, true, rtl),
    )
    // The label under the axis.
    labelLines[i]!.forEach((line, li) =>
      group.push(text(line, cx, bottom + lineH * (li + 1), size, c.text, "middle", true, rtl)),
    )
    nodes.push({
      tag: "g",
      attrs: { "data-column": i, "data-kind": col.kind, "data-source": q.source },
      children: group,
    })

    // A dashed connector from this column's end to where the next column starts.
    const next = bridge.columns[i + 1]
    if (next && next.kind === "step") {
      const cy = round(y(col.top))
      nodes.push({
        tag: "line",
        attrs: {
          x1: round(cx + barW / 2),
          x2: round(xCentre(i + 1) - barW / 2),
          y1: cy,
          y2: cy,
          stroke: c.axis,
          "stroke-width": 1,
          "stroke-dasharray": "3 3",
        },
      })
    }
  })

  // A half-year column spans six months, so the line stands where the date falls in it.
  events.forEach(({ e, col, fraction }, k) => {
    const ex = round(xCentre(col) - barW / 2 + fraction * barW)
    const label = `${e.label[locale]}${COMMA[locale]}${formatEventDate(e.date, locale)}`
    nodes.push({
      tag: "g",
      attrs: { "data-event-id": e.id },
      children: [
        {
          tag: "line",
          attrs: {
            x1: ex,
            x2: ex,
            y1: top - lineH * 0.4,
            y2: bottom,
            stroke: c.text,
            "stroke-width": 2,
            "stroke-dasharray": "6 3",
          },
        },
        text(label, ex, top - lineH * (1.6 - k), size * 0.9, c.text, "middle", true, rtl),
      ],
    })
  })

  const patternColours = [c.level, c.cause]
  return {
    tag: "svg",
    attrs: {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      "font-family": "Geist, 'Noto Sans Arabic', 'Noto Sans', 'DejaVu Sans', sans-serif",
      direction: "ltr",
    },
    children: [
      {
        tag: "defs",
        attrs: {},
        children: patternColours.map((col) => hatchPattern(scope, col, c.surface, 6)),
      },
      { tag: "rect", attrs: { x: 0, y: 0, width, height, fill: c.surface } },
      ...nodes,
    ],
  }
}

function halo(x: number, y: number, w: number, h: number, colour: string): SvgElement {
  return {
    tag: "rect",
    attrs: {
      x: round(x - 4),
      y: round(y - 4),
      width: round(w + 8),
      height: round(Math.max(1, h) + 8),
      fill: "none",
      stroke: colour,
      "stroke-width": 1.5,
      "stroke-dasharray": "1.5 2.5",
      "data-halo": "",
    },
  }
}

/**
 * A legend key's swatch (32 × 18), drawn with the same styles as the bars it stands for, so the legend on
 * the page, in a file and on a slide matches the drawing.
 */
export function legendSwatch(key: string, o: { theme?: Theme; scope: string }): SvgElement {
  const c = colours(o.theme ?? "light")
  const w = 32
  const h = 18
  const bar = (attrs: Record<string, string | number>): SvgElement => ({
    tag: "rect",
    attrs: { x: 4, y: 2, width: w - 8, height: h - 4, ...attrs },
  })
  const solid = { fill: c.level, stroke: c.level, "stroke-width": 2 }
  const body: SvgElement[] =
    key === "level"
      ? [bar(solid)]
      : key === "cause"
        ? [bar({ fill: c.cause, stroke: c.cause, "stroke-width": 2 })]
        : key === "rest"
          ? [bar({ fill: c.surface, stroke: c.level, "stroke-width": 2, "stroke-dasharray": "5 3" })]
          : key === "computed"
            ? [bar({ fill: c.surface, stroke: c.text, "stroke-width": 2, "stroke-dasharray": "5 3" })]
            : key === "approximate"
              ? [bar({ fill: c.surface, stroke: c.text, "stroke-width": 2 })]
              : key === "preliminary"
                ? [
                    hatchPattern(o.scope, c.text, c.surface, 6),
                    bar({ fill: `url(#${hatchId(o.scope, c.text)})`, stroke: c.text, "stroke-width": 2 }),
                  ]
                : key === "notSplit"
                  ? [bar({ fill: c.surface, stroke: c.open, "stroke-width": 2, "stroke-dasharray": "2 3" })]
                  : key === "medium"
                    ? [
                        bar({ fill: c.surface, stroke: c.text, "stroke-width": 1 }),
                        halo(4, 2, w - 8, h - 4, c.halo),
                      ]
                    : key === "range"
                      ? [
                          {
                            tag: "path",
                            attrs: {
                              d: rangePathD(w / 2, h - 2, 2, 5),
                              stroke: c.text,
                              "stroke-width": 1.5,
                              fill: "none",
                            },
                          },
                        ]
                      : key === "reference"
                        ? [
                            {
                              tag: "line",
                              attrs: {
                                x1: 0,
                                x2: w,
                                y1: h / 2,
                                y2: h / 2,
                                stroke: c.axis,
                                "stroke-width": 1.5,
                                "stroke-dasharray": "1 4",
                              },
                            },
                          ]
                        : [
                            {
                              tag: "line",
                              attrs: {
                                x1: w / 2,
                                x2: w / 2,
                                y1: 0,
                                y2: h,
                                stroke: c.text,
                                "stroke-width": 2,
                                "stroke-dasharray": "6 3",
                              },
                            },
                          ]
  return {
    tag: "svg",
    attrs: {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `-4 -4 ${w + 8} ${h + 8}`,
      width: w + 8,
      height: h + 8,
    },
    children: body,
  }
}
