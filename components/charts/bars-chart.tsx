"use client"

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from "recharts"
import type { BarPanel, ChartLayer } from "@/lib/chart"
import { INK, themed, type Ink, type Theme } from "@/lib/colours"
import { formatAxisValue, formatValue } from "@/lib/format"
import type { Locale } from "@/lib/schema"
import { hatchId, HatchPattern } from "./mark"
import { rtlAnchor } from "./rtl-anchor"

type Hover = (key: string | null) => void

type BarMarkProps = {
  x?: number
  y?: number
  width?: number
  height?: number
  payload?: { code: string }
  layer: ChartLayer
  scope: string
  activeKey: string | null
  onHover: Hover
  rtl: boolean
  valueLabel: (value: number) => string
  labelSize: number
  ink: Ink
}

function BarMark({
  x = 0,
  y = 0,
  width = 0,
  height = 0,
  payload,
  layer,
  scope,
  activeKey,
  onHover,
  rtl,
  valueLabel,
  labelSize,
  ink,
}: BarMarkProps) {
  const point = layer.points.find((p) => p.category === payload?.code)
  if (!point) return null
  // The bar grows from its base at x: rightwards, or leftwards on the reversed (right-to-left) axis,
  // where Recharts gives it a negative width. A 0 % share still gets a 2 px tick, on the same side,
  // so "0" is never mistaken for "no data".
  const w = Math.max(Math.abs(width), 2)
  const left = rtl ? x - w : x
  // The value sits beyond the bar's far end. Its anchor is "start" in both directions: right to left
  // (the page's direction, which SVG text inherits) "start" is the text's right edge.
  const valueX = rtl ? left - 4 : left + w + 4
  const fill =
    point.mark === "filled"
      ? layer.color
      : point.mark === "hatched"
        ? `url(#${hatchId(scope, layer.color)})`
        : ink.surface
  return (
    <>
      <g
        data-mark="observation"
        data-key={point.key}
        data-status={point.status}
        onMouseEnter={() => onHover(point.key)}
      >
        <rect
          x={left}
          y={y}
          width={w}
          height={height}
          fill={fill}
          stroke={point.key === activeKey ? ink.active : layer.color}
          strokeWidth={point.key === activeKey ? 3 : 1.5}
          strokeDasharray={point.mark === "hollow-dashed" ? "3 2" : undefined}
        />
        {point.tier === "medium" && (
          // A medium-confidence bar gets the same dotted halo as a medium-confidence point.
          <rect
            x={left - 3}
            y={y - 3}
            width={w + 6}
            height={height + 6}
            fill="none"
            stroke={ink.halo}
            strokeWidth={1.5}
            strokeDasharray="1.5 2.5"
            data-confidence="medium"
          />
        )}
      </g>
      <text
        x={valueX}
        y={y + height / 2}
        dominantBaseline="central"
        textAnchor="start"
        fontSize={labelSize}
        fill={ink.text}
      >
        {valueLabel(point.y)}
      </text>
    </>
  )
}

type Props = {
  large?: boolean
  panel: BarPanel
  locale: Locale
  rtl: boolean
  activeKey: string | null
  onHover: Hover
  theme?: Theme
}

export function BarsChart({
  panel: source,
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
  const rows = panel.categories.map((c) => ({
    code: c.code,
    ...Object.fromEntries(
      panel.layers.map((l) => [l.key, l.points.find((p) => p.category === c.code)?.y ?? null]),
    ),
  }))
  const labelOf = new Map(panel.categories.map((c) => [c.code, c.label]))
  const max = Math.max(...panel.layers.flatMap((l) => l.points.map((p) => p.y)))
  const valueLabel = (v: number) => formatValue(v, panel.unit, locale)
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        layout="vertical"
        data={rows}
        margin={{ top: 4, right: 36, bottom: 4, left: 36 }}
        barGap={2}
        accessibilityLayer={false}
      >
        <defs>
          {[...new Set(panel.layers.map((l) => l.color))].map((c) => (
            <HatchPattern key={c} scope={panel.id} color={c} surface={ink.surface} />
          ))}
        </defs>
        <CartesianGrid horizontal={false} stroke={ink.grid} />
        <XAxis
          type="number"
          domain={[0, Math.ceil(max / 10) * 10]}
          reversed={rtl}
          tickFormatter={(v: number) => formatAxisValue(v, panel.unit, locale)}
          stroke={ink.axis}
          tick={{ fill: ink.text, fontSize: fs }}
        />
        <YAxis
          type="category"
          dataKey="code"
          tickFormatter={(code: string) => labelOf.get(code) ?? code}
          // Every country is labelled: Recharts would otherwise drop labels it finds too close.
          interval={0}
          orientation={rtl ? "right" : "left"}
          width={large ? 220 : 112}
          stroke={ink.axis}
          tick={{ fill: ink.text, fontSize: fs, ...rtlAnchor(rtl, "end") }}
        />
        {panel.layers.map((l) => (
          <Bar
            key={l.key}
            dataKey={l.key}
            fill={l.color}
            isAnimationActive={false}
            shape={
              <BarMark
                layer={l}
                scope={panel.id}
                activeKey={activeKey}
                onHover={onHover}
                rtl={rtl}
                valueLabel={valueLabel}
                labelSize={large ? 22 : 12}
                ink={ink}
              />
            }
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  )
}
