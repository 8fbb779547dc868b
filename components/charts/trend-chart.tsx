"use client"

import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Scatter,
  XAxis,
  YAxis,
  useXAxisScale,
  useYAxisScale,
} from "recharts"
import type { ChartLayer, ChartPoint, TrendPanel } from "@/lib/charts/spec"
import {
  bottomTickLabel,
  eventLabel,
  eventRunsLeft,
  hatchPatterns,
  pointNode,
  trendFrame,
  trendStyle,
  trendValueAxis,
  yearLabel,
  yTickLabel,
  type TrendStyle,
} from "@/lib/charts/layout"
import { INK, themedPanel, type Ink } from "@/lib/charts/colours"
import type { Locale } from "@/lib/data/schema"
import { renderSvgTree } from "@/components/svg-tree"
import { LAYOUT_TICKS } from "./axis-props"
import type { ChartProps, Hover } from "./chart-props"
import { chartFontSize } from "@/lib/charts/size"

// The browser's drawing of a trend panel, at the container's real width. Everything but the scales comes
// from the panel's layout in lib/charts/layout.ts, the one the server draws into the HTML and the exports
// write: the margins and axis sizes, the domains and ticks, and every label and mark, built by the same
// functions from the positions Recharts' scales give. tests/e2e/chart-parity.spec.ts compares the two.

type MarkProps = {
  cx?: number
  cy?: number
  payload?: ChartPoint
  layer: ChartLayer
  scope: string
  activeKey: string | null
  onHover: Hover
  style: TrendStyle
  ink: Ink
}

// Rendered as an element (not a function) so that it can use the chart's scales for half-year spans and
// ranges.
function PointMark({ cx, cy, payload, layer, scope, activeKey, onHover, style, ink }: MarkProps) {
  const xScale = useXAxisScale()
  const yScale = useYAxisScale()
  if (cx === undefined || cy === undefined || !payload || !xScale || !yScale) return null
  const node = pointNode(
    payload,
    layer.color,
    {
      cx,
      cy,
      span: [xScale(payload.span[0])!, xScale(payload.span[1])!],
      ...(payload.range ? { range: [yScale(payload.range.low)!, yScale(payload.range.high)!] } : {}),
    },
    { style, ink, scope },
  )
  if (payload.key === activeKey)
    // The stepped-to or hovered mark's outline, under its glyph.
    node.children!.splice(-1, 0, {
      tag: "circle",
      attrs: { cx, cy, r: 12, fill: "none", stroke: ink.active, "stroke-width": 2.5, "data-active": "" },
    })
  return renderSvgTree(node, (n) => (n === node ? { onMouseEnter: () => onHover(payload.key) } : undefined))
}

type EventLabelProps = {
  viewBox?: { x: number; y: number }
  text: string
  row: number
  runsLeft: boolean
  locale: Locale
  style: TrendStyle
  ink: Ink
}

function EventLabel({ viewBox, text, row, runsLeft, locale, style, ink }: EventLabelProps) {
  if (!viewBox) return null
  return renderSvgTree(eventLabel(text, row, viewBox.x, viewBox.y, runsLeft, { locale, style, ink }))
}

type TickProps = { x: number | string; y: number | string; payload: { value: number } }

type Props = ChartProps<TrendPanel> & { scale: "linear" | "log" }

export function TrendChart({
  width,
  height,
  panel: source,
  scale,
  locale,
  activeKey,
  onHover,
  large = false,
  theme = "light",
}: Props) {
  const ink = INK[theme]
  const panel = themedPanel(source, theme)
  const fs = chartFontSize(large)
  const style = trendStyle(fs)
  const rtl = locale === "ar"
  const { frame } = trendFrame(panel, { x: 0, y: 0, w: width, h: height }, locale, fs)
  const { ticks, domain } = trendValueAxis(panel, scale)
  // Recharts puts a tick's label at the plot's edge when the tick has no line and no margin: the layout's
  // labels then sit where the server's do.
  const yTick = ({ x, y, payload }: TickProps) =>
    renderSvgTree(yTickLabel(panel, payload.value, Number(y), Number(x), { locale, fontSize: fs, ink }))
  const xTick = ({ x, y, payload }: TickProps) =>
    renderSvgTree(
      bottomTickLabel(yearLabel(payload.value), payload.value, Number(x), Number(y), { fontSize: fs, ink }),
    )
  return (
    <ComposedChart width={width} height={height} margin={frame.margin} accessibilityLayer={false}>
      <defs>
        {hatchPatterns(panel.layers, panel.id, ink.surface).map((p, i) => renderSvgTree(p, undefined, i))}
      </defs>
      <CartesianGrid vertical={false} stroke={ink.grid} />
      <XAxis
        type="number"
        dataKey="x"
        domain={panel.xDomain}
        ticks={panel.xTicks}
        allowDataOverflow
        height={frame.bottomAxisHeight}
        stroke={ink.axis}
        {...LAYOUT_TICKS}
        tick={xTick}
      />
      <YAxis
        type="number"
        dataKey="y"
        scale={scale === "log" ? "log" : "linear"}
        domain={domain}
        ticks={ticks}
        allowDataOverflow
        orientation={rtl ? "right" : "left"}
        width={frame.sideAxisWidth}
        axisLine={false}
        {...LAYOUT_TICKS}
        tick={yTick}
      />
      {panel.events.map((e) => (
        <ReferenceLine
          key={e.id}
          x={e.x}
          stroke={ink.event}
          strokeDasharray="4 3"
          label={
            <EventLabel
              text={e.label}
              row={e.row}
              runsLeft={eventRunsLeft(panel, e.x)}
              locale={locale}
              style={style}
              ink={ink}
            />
          }
        />
      ))}
      {panel.layers
        .filter((l) => l.line.length > 1)
        .map((l) => (
          <Line
            key={`line-${l.key}`}
            data={l.line}
            dataKey="y"
            stroke={l.color}
            strokeWidth={2.5}
            strokeDasharray={l.kind === "half-year" ? "7 4" : undefined}
            dot={false}
            activeDot={false}
            connectNulls={false}
            isAnimationActive={false}
            legendType="none"
          />
        ))}
      {/* The first series is drawn last, so where two marks coincide its solid mark sits inside the other's ring. */}
      {[...panel.layers].reverse().map((l) => (
        <Scatter
          key={`marks-${l.key}`}
          data={l.points}
          dataKey="y"
          isAnimationActive={false}
          shape={
            <PointMark
              layer={l}
              scope={panel.id}
              activeKey={activeKey}
              onHover={onHover}
              style={style}
              ink={ink}
            />
          }
        />
      ))}
    </ComposedChart>
  )
}
