import type { BarPanel, ChartPanel, TrendPanel } from "../chart"
import { niceTicks } from "../chart"
import { formatAxisValue, formatValue } from "../format"
import { confidenceRingNode, hatchPatternSvg, markNode, rangePathD, type SvgNode } from "../mark-geometry"
import type { Locale } from "../schema"
import { round, svgText } from "./text"

export type Box = { x: number; y: number; w: number; h: number }
type Opts = { locale: Locale; scope: string; fontSize: number; scale?: "linear" | "log" }

function node({ tag, attrs }: SvgNode, extra = ""): string {
  const a = Object.entries(attrs)
    .map(([k, v]) => `${k}="${typeof v === "number" ? round(v) : v}"`)
    .join(" ")
  return `<${tag} ${a}${extra ? ` ${extra}` : ""}/>`
}

export function panelDefs(panel: ChartPanel, scope: string): string {
  return [...new Set(panel.layers.map((l) => l.color))].map((c) => hatchPatternSvg(scope, c)).join("")
}

// Same geometry as the page: time runs left to right in both languages (the rule is explained at the
// top of lib/chart.ts); in Arabic the value axis and its labels move to the right.
function trendSvg(panel: TrendPanel, box: Box, o: Opts): string {
  const rtl = o.locale === "ar"
  const fs = o.fontSize
  const rows = Math.max(0, ...panel.events.map((e) => e.row + 1))
  const axisW = fs * (rtl ? 6.5 : 4.8)
  const top = fs + rows * fs * 1.35
  const bottom = fs * 2.2
  const plot = { x: box.x + (rtl ? 8 : axisW), y: box.y + top, w: box.w - axisW - 8, h: box.h - top - bottom }
  const [d0, d1] = panel.xDomain
  const xs = (x: number) => plot.x + ((x - d0) / (d1 - d0)) * plot.w
  const log = (o.scale ?? panel.scale) === "log"
  const ticks = log ? panel.logTicks : panel.linearTicks
  const yMin = log ? Math.log10(ticks[0]!) : 0
  const yMax = log ? Math.log10(ticks.at(-1)!) : ticks.at(-1)!
  const ys = (v: number) =>
    plot.y + plot.h - (((log ? Math.log10(Math.max(v, 1e-9)) : v) - yMin) / (yMax - yMin)) * plot.h
  const out: string[] = []

  for (const t of ticks) {
    const y = ys(t)
    out.push(
      `<line x1="${round(plot.x)}" y1="${round(y)}" x2="${round(plot.x + plot.w)}" y2="${round(y)}" stroke="#DDDDDD"/>`,
    )
    const label = formatAxisValue(t, panel.unit, o.locale)
    out.push(
      rtl
        ? svgText(label, {
            x: plot.x + plot.w + 6,
            y: y + fs * 0.35,
            size: fs,
            anchor: "start",
            rtl: true,
            fill: "#333333",
          })
        : svgText(label, { x: plot.x - 6, y: y + fs * 0.35, size: fs, anchor: "end", fill: "#333333" }),
    )
  }
  out.push(
    `<line x1="${round(plot.x)}" y1="${round(plot.y + plot.h)}" x2="${round(plot.x + plot.w)}" y2="${round(plot.y + plot.h)}" stroke="#555555"/>`,
  )
  for (const t of panel.xTicks) {
    out.push(
      svgText(String(Math.floor(t)), {
        x: xs(t),
        y: plot.y + plot.h + fs * 1.4,
        size: fs,
        anchor: "middle",
        fill: "#333333",
      }),
    )
  }

  const mid = (d0 + d1) / 2
  for (const e of panel.events) {
    const x = xs(e.x)
    out.push(
      `<line x1="${round(x)}" y1="${round(plot.y)}" x2="${round(x)}" y2="${round(plot.y + plot.h)}" stroke="#5A5A5A" stroke-dasharray="4 3"/>`,
    )
    // The label runs away from the nearer edge, so it stays inside the picture.
    const towardsLeft = e.x > mid
    const y = plot.y - fs * 0.5 - e.row * fs * 1.35
    out.push(
      svgText(e.label, {
        x: x + (towardsLeft ? -4 : 4),
        y,
        size: fs * 0.95,
        fill: "#333333",
        rtl,
        anchor: towardsLeft ? "end" : "start",
        attrs: 'data-event-label="true"',
      }),
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
    out.push(
      `<path d="${d}" fill="none" stroke="${l.color}" stroke-width="2.5"${l.kind === "half-year" ? ' stroke-dasharray="7 4"' : ""}/>`,
    )
  }
  // The first series last, so where two marks coincide its solid mark sits inside the other's ring.
  for (const l of [...panel.layers].reverse()) {
    for (const p of l.points) {
      const cx = xs(p.x)
      const cy = ys(p.y)
      if (p.halfYear) {
        const [a, b] = [xs(p.span[0]), xs(p.span[1])]
        out.push(
          `<path d="M${round(a)},${round(cy - 5)}V${round(cy + 5)}M${round(a)},${round(cy)}H${round(b)}M${round(b)},${round(cy - 5)}V${round(cy + 5)}" stroke="${l.color}" stroke-width="2" fill="none"/>`,
        )
      }
      if (p.range) {
        out.push(
          `<path d="${rangePathD(cx, ys(p.range.low), ys(p.range.high), fs * 0.55)}" stroke="${l.color}" stroke-width="2.5" fill="none" data-range="true"/>`,
        )
      }
      if (p.tier === "medium")
        out.push(node(confidenceRingNode(cx, cy, fs * 0.9), 'data-confidence="medium"'))
      const shape = p.derived ? "diamond" : p.halfYear ? "square" : "circle"
      out.push(
        node(
          markNode({ cx, cy, mark: p.mark, color: l.color, scope: o.scope, shape, size: fs * 0.5 }),
          `data-mark="${p.status}"`,
        ),
      )
    }
  }
  return out.join("")
}

function barsSvg(panel: BarPanel, box: Box, o: Opts): string {
  const rtl = o.locale === "ar"
  const fs = o.fontSize
  const labelW = fs * 9
  const plot = {
    x: box.x + (rtl ? fs * 3 : labelW),
    y: box.y + 4,
    w: box.w - labelW - fs * 3,
    h: box.h - fs * 2.4,
  }
  const max = Math.max(...panel.layers.flatMap((l) => l.points.map((p) => p.y)))
  const ticks = niceTicks(max, 4)
  const top = ticks.at(-1)!
  const xs = (v: number) => (rtl ? plot.x + plot.w - (v / top) * plot.w : plot.x + (v / top) * plot.w)
  const band = plot.h / panel.categories.length
  const thick = Math.min(fs * 1.3, (band - 8) / panel.layers.length)
  // A value's label is no taller than its bar: where a short panel squeezes its bars (IWF's seven
  // countries over two years in the 16:9 picture), two labels of one country ran into each other.
  const labelSize = Math.min(fs * 0.9, Math.max(thick - 1, fs * 0.55))
  const out: string[] = []
  for (const t of ticks) {
    const x = xs(t)
    out.push(
      `<line x1="${round(x)}" y1="${round(plot.y)}" x2="${round(x)}" y2="${round(plot.y + plot.h)}" stroke="#DDDDDD"/>`,
    )
    out.push(
      svgText(formatAxisValue(t, panel.unit, o.locale), {
        x,
        y: plot.y + plot.h + fs * 1.4,
        size: fs,
        anchor: "middle",
        fill: "#333333",
      }),
    )
  }
  panel.categories.forEach((c, i) => {
    const y0 = plot.y + i * band
    out.push(
      rtl
        ? // Right of the bars' base, running rightwards, away from the bars.
          svgText(c.label, {
            x: plot.x + plot.w + 8,
            y: y0 + band / 2 + fs * 0.35,
            size: fs,
            anchor: "start",
            rtl: true,
            fill: "#333333",
          })
        : svgText(c.label, {
            x: plot.x - 8,
            y: y0 + band / 2 + fs * 0.35,
            size: fs,
            anchor: "end",
            fill: "#333333",
          }),
    )
    panel.layers.forEach((l, j) => {
      const p = l.points.find((pt) => pt.category === c.code)
      if (!p) return
      const y = y0 + (band - thick * panel.layers.length) / 2 + j * thick
      // From the base at 0 %, rightwards (leftwards right to left); a 0 % share is a 2 px tick on the
      // same side, so it never pokes out over the country labels.
      const base = xs(0)
      const w = Math.max(Math.abs(xs(p.y) - base), 2)
      const x = rtl ? base - w : base
      const fill =
        p.mark === "filled"
          ? l.color
          : p.mark === "hatched"
            ? `url(#hatch-${o.scope}-${l.color.replace("#", "")})`
            : "#FFFFFF"
      out.push(
        `<rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(thick - 2)}" fill="${fill}" stroke="${l.color}" stroke-width="1.5" data-mark="${p.status}" data-bar="true"/>`,
      )
      if (p.tier === "medium")
        out.push(
          `<rect x="${round(x - 3)}" y="${round(y - 3)}" width="${round(w + 6)}" height="${round(thick + 4)}" fill="none" stroke="#333333" stroke-width="1.5" stroke-dasharray="1.5 2.5" data-confidence="medium"/>`,
        )
      const label = formatValue(p.y, panel.unit, o.locale)
      out.push(
        // Beyond the bar's far end, running away from it: leftwards from its right edge right to left.
        svgText(label, {
          x: rtl ? x - 4 : x + w + 4,
          y: y + (thick - 2) / 2 + labelSize * 0.35,
          size: labelSize,
          anchor: rtl ? "end" : "start",
          rtl,
          fill: "#222222",
        }),
      )
    })
  })
  return out.join("")
}

/** One panel of a chart as SVG, from the same spec the page draws. */
export function renderPanelSvg(panel: ChartPanel, box: Box, o: Opts): string {
  return panel.kind === "trend" ? trendSvg(panel, box, o) : barsSvg(panel, box, o)
}

/** The height a panel needs at a font size: bars grow with their categories. */
export function panelHeight(
  panel: ChartPanel,
  index: number,
  fontSize: number,
  presentation: boolean,
): number {
  // A bars panel by its bars, as a slide's is (lib/briefing.ts slideChartHeight): IWF's seven countries
  // over two years need far more room than INHOPE's two countries in one year, and sized by country
  // alone, the 16:9 picture squeezed IWF's bars thinner than their value labels.
  if (panel.kind === "bars") {
    const bars = panel.categories.length * panel.layers.length
    // At least room for two bars a country's label tall with the axis under them (INHOPE's two countries).
    return fontSize * Math.max(10, 1.5 * bars + 1.2 * panel.categories.length + 3)
  }
  const base = presentation ? 420 : 300
  return index === 0 ? base : base * 0.7
}
