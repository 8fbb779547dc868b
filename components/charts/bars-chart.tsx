"use client"

import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts"
import type { BarPanel, ChartLayer } from "@/lib/charts/spec"
import {
  barBox,
  barNodes,
  barsFrame,
  barsSizing,
  barsValueAxis,
  bottomTickLabel,
  categoryLabel,
  hatchPatterns,
} from "@/lib/charts/layout"
import { chartFontSize } from "@/lib/charts/size"
import { INK, themedPanel, type Ink } from "@/lib/charts/colours"
import { formatAxisValue } from "@/lib/format/numbers"
import type { Locale } from "@/lib/data/schema"
import { renderSvgTree } from "@/components/svg-tree"
import { LAYOUT_TICKS } from "./axis-props"
import type { ChartProps, Hover } from "./chart-props"

// The browser's drawing of a bars panel, at the container's real width, from the same layout as the
// server's drawing and the exports (lib/charts/layout.ts): margins, axis sizes, domain, ticks, the bars'
// thickness and gap, and every label and bar, built by the same functions from Recharts' positions.

type BarMarkProps = {
  x?: number
  y?: number
  width?: number
  height?: number
  payload?: { code: string }
  layer: ChartLayer
  unit: BarPanel["unit"]
  locale: Locale
  scope: string
  activeKey: string | null
  onHover: Hover
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
  unit,
  locale,
  scope,
  activeKey,
  onHover,
  labelSize,
  ink,
}: BarMarkProps) {
  const point = layer.points.find((p) => p.category === payload?.code)
  if (!point) return null
  // The bar grows from its base at x: rightwards, or leftwards on the reversed (right-to-left) axis,
  // where Recharts gives it a negative width.
  const box = barBox(x, x + width, y, height, locale === "ar")
  const { mark, label } = barNodes(point, layer.color, box, { locale, unit, ink, scope, labelSize })
  const active = point.key === activeKey
  return (
    <>
      {renderSvgTree(mark, (n) =>
        n === mark
          ? { onMouseEnter: () => onHover(point.key) }
          : n.attrs["data-bar"] && active
            ? { stroke: ink.active, strokeWidth: 3 }
            : undefined,
      )}
      {renderSvgTree(label)}
    </>
  )
}

type TickProps = { x: number | string; y: number | string; payload: { value: string | number } }

type Props = ChartProps<BarPanel>

export function BarsChart({
  width,
  height,
  panel: source,
  locale,
  activeKey,
  onHover,
  large = false,
  theme = "light",
}: Props) {
  const ink = INK[theme]
  const panel = themedPanel(source, theme)
  const fs = chartFontSize(large)
  const rtl = locale === "ar"
  const { plot, frame } = barsFrame({ x: 0, y: 0, w: width, h: height }, locale, fs)
  const { ticks, domain } = barsValueAxis(panel)
  const { barSize, barGap, labelSize } = barsSizing(plot.h / panel.categories.length, panel.layers.length, fs)
  const rows = panel.categories.map((c) => ({
    code: c.code,
    ...Object.fromEntries(
      panel.layers.map((l) => [l.key, l.points.find((p) => p.category === c.code)?.y ?? null]),
    ),
  }))
  const category = new Map(panel.categories.map((c) => [c.code, c]))
  // With no tick line and no margin, Recharts gives each label the plot's edge: the layout's labels then
  // sit where the server's do.
  const valueTick = ({ x, y, payload }: TickProps) =>
    renderSvgTree(
      bottomTickLabel(
        formatAxisValue(Number(payload.value), panel.unit, locale),
        Number(payload.value),
        Number(x),
        Number(y),
        {
          fontSize: fs,
          ink,
        },
      ),
    )
  const countryTick = ({ x, y, payload }: TickProps) => {
    const c = category.get(String(payload.value))
    return c ? renderSvgTree(categoryLabel(c, Number(y), Number(x), { locale, fontSize: fs, ink })) : null
  }
  return (
    <BarChart
      width={width}
      height={height}
      layout="vertical"
      data={rows}
      margin={frame.margin}
      barGap={barGap}
      barCategoryGap={0}
      accessibilityLayer={false}
    >
      <defs>
        {hatchPatterns(panel.layers, panel.id, ink.surface).map((p, i) => renderSvgTree(p, undefined, i))}
      </defs>
      <CartesianGrid horizontal={false} stroke={ink.grid} />
      <XAxis
        type="number"
        domain={domain}
        ticks={ticks}
        reversed={rtl}
        height={frame.bottomAxisHeight}
        axisLine={false}
        {...LAYOUT_TICKS}
        tick={valueTick}
      />
      <YAxis
        type="category"
        dataKey="code"
        orientation={rtl ? "right" : "left"}
        width={frame.sideAxisWidth}
        axisLine={false}
        {...LAYOUT_TICKS}
        tick={countryTick}
      />
      {panel.layers.map((l) => (
        <Bar
          key={l.key}
          dataKey={l.key}
          fill={l.color}
          barSize={barSize}
          isAnimationActive={false}
          shape={
            <BarMark
              layer={l}
              unit={panel.unit}
              locale={locale}
              scope={panel.id}
              activeKey={activeKey}
              onHover={onHover}
              labelSize={labelSize}
              ink={ink}
            />
          }
        />
      ))}
    </BarChart>
  )
}
