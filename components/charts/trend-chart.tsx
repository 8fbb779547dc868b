"use client"

import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  XAxis,
  YAxis,
  useXAxisScale,
  useYAxisScale,
} from "recharts"
import type { ChartLayer, ChartPoint, TrendPanel } from "@/lib/chart"
import { INK, themed, type Ink, type Theme } from "@/lib/colours"
import { formatAxisValue } from "@/lib/format"
import { rangePathD } from "@/lib/mark-geometry"
import type { Locale } from "@/lib/schema"
import { ConfidenceRing, HatchPattern, MarkGlyph } from "./mark"
import { rtlAnchor } from "./rtl-anchor"

type Hover = (key: string | null) => void

type MarkProps = {
  large?: boolean
  cx?: number
  cy?: number
  payload?: ChartPoint
  layer: ChartLayer
  scope: string
  activeKey: string | null
  onHover: Hover
  ink: Ink
}

// Rendered as an element (not a function) so that it can use the chart's x scale for half-year spans.
function PointMark({ cx, cy, payload, layer, scope, activeKey, onHover, large, ink }: MarkProps) {
  const xScale = useXAxisScale()
  const yScale = useYAxisScale()
  if (cx === undefined || cy === undefined || !payload) return null
  const yLow = payload.range ? yScale?.(payload.range.low) : undefined
  const yHigh = payload.range ? yScale?.(payload.range.high) : undefined
  const active = payload.key === activeKey
  const x1 = payload.halfYear ? xScale?.(payload.span[0]) : undefined
  const x2 = payload.halfYear ? xScale?.(payload.span[1]) : undefined
  return (
    <g
      data-mark="observation"
      data-key={payload.key}
      data-status={payload.status}
      data-derived={payload.derived || undefined}
      onMouseEnter={() => onHover(payload.key)}
    >
      {x1 !== undefined && x2 !== undefined && (
        // The half-year is drawn across January–June, with end ticks, so it never reads as a full year.
        <path
          d={`M${x1},${cy - 5}V${cy + 5}M${x1},${cy}H${x2}M${x2},${cy - 5}V${cy + 5}`}
          stroke={layer.color}
          strokeWidth={2}
          fill="none"
        />
      )}
      {yLow !== undefined && yHigh !== undefined && (
        <path
          d={rangePathD(cx, yLow, yHigh, large ? 12 : 7)}
          stroke={layer.color}
          strokeWidth={large ? 4 : 2.5}
          fill="none"
          data-range
        />
      )}
      {payload.tier === "medium" && <ConfidenceRing cx={cx} cy={cy} r={large ? 17 : 10.5} halo={ink.halo} />}
      {active && <circle cx={cx} cy={cy} r={12} fill="none" stroke={ink.active} strokeWidth={2.5} />}
      <MarkGlyph
        cx={cx}
        cy={cy}
        mark={payload.mark}
        color={layer.color}
        scope={scope}
        shape={payload.derived ? "diamond" : payload.halfYear ? "square" : "circle"}
        size={large ? 10 : 6}
        surface={ink.surface}
      />
    </g>
  )
}

type EventLabelProps = {
  viewBox?: { x: number; y: number }
  text: string
  row: number
  anchorEnd: boolean
  size: number
  /** Space between the plot's top and the lowest row of labels. */
  gap: number
  fill: string
}

function EventLabel({ viewBox, text, row, anchorEnd, size, gap, fill }: EventLabelProps) {
  if (!viewBox) return null
  return (
    <text
      x={viewBox.x + (anchorEnd ? -4 : 4)}
      y={viewBox.y - gap - row * (size + 4)}
      textAnchor={anchorEnd ? "end" : "start"}
      fontSize={size}
      fill={fill}
      data-event-label
    >
      {text}
    </text>
  )
}

type Props = {
  large?: boolean
  panel: TrendPanel
  scale: "linear" | "log"
  locale: Locale
  rtl: boolean
  activeKey: string | null
  onHover: Hover
  theme?: Theme
}

export function TrendChart({
  panel: source,
  scale,
  locale,
  rtl,
  activeKey,
  onHover,
  large = false,
  theme = "light",
}: Props) {
  const ink = INK[theme]
  const panel = { ...source, layers: themed(source.layers, theme) }
  const fs = large ? 24 : 13
  const eventSize = large ? 22 : 12
  const rows = Math.max(0, ...panel.events.map((e) => e.row + 1))
  // The lowest row of event labels clears the top value label, which is centred on the plot's top edge:
  // on a narrow slide a long label reaches across the value axis and sat on "40M".
  const eventGap = fs / 2 + 4
  const mid = (panel.xDomain[0] + panel.xDomain[1]) / 2
  const colors = [...new Set(panel.layers.map((l) => l.color))]
  const log = scale === "log"
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart
        margin={{ top: eventGap + 4 + rows * (eventSize + 4), right: 20, bottom: 4, left: 20 }}
        accessibilityLayer={false}
      >
        <defs>
          {colors.map((c) => (
            <HatchPattern key={c} scope={panel.id} color={c} surface={ink.surface} />
          ))}
        </defs>
        <CartesianGrid vertical={false} stroke={ink.grid} />
        <XAxis
          type="number"
          dataKey="x"
          domain={panel.xDomain}
          ticks={panel.xTicks}
          tickFormatter={(x: number) => String(Math.floor(x))}
          allowDataOverflow
          stroke={ink.axis}
          tick={{ fill: ink.text, fontSize: fs }}
        />
        <YAxis
          type="number"
          dataKey="y"
          scale={log ? "log" : "linear"}
          domain={log ? [panel.logTicks[0]!, panel.logTicks.at(-1)!] : [0, panel.linearTicks.at(-1)!]}
          ticks={log ? panel.logTicks : panel.linearTicks}
          allowDataOverflow
          tickFormatter={(v: number) => formatAxisValue(v, panel.unit, locale)}
          orientation={rtl ? "right" : "left"}
          width={(rtl ? 76 : 56) * (large ? 1.8 : 1)}
          stroke={ink.axis}
          tick={{ fill: ink.text, fontSize: fs, ...rtlAnchor(rtl, "end") }}
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
                anchorEnd={rtl ? e.x <= mid : e.x > mid}
                size={eventSize}
                gap={eventGap}
                fill={ink.text}
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
                large={large}
                ink={ink}
              />
            }
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  )
}
