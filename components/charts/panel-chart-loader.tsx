"use client"

import dynamic from "next/dynamic"
import type { ComponentProps } from "react"
import type PanelChart from "./panel-chart"

// Recharts draws nothing on the server, so the chart is loaded after hydration, in its own chunk: it stays
// off the critical path, and its box is reserved at its final height so nothing shifts when it appears.
const LazyPanelChart = dynamic(() => import("./panel-chart"), { ssr: false })

/** Height the panel takes below the chart (readout) and above it (scale switch), reserved in advance. */
export function panelExtraHeight(hasScaleSwitch: boolean): number {
  return 104 + (hasScaleSwitch ? 72 : 0)
}

export function PanelChartLoader(props: ComponentProps<typeof PanelChart>) {
  const extra = props.variant === "slide" ? 0 : panelExtraHeight(props.defaultScale === "log")
  const h = typeof props.chartHeight === "number" ? `${props.chartHeight}px` : props.chartHeight
  return (
    <div style={{ minHeight: `calc(${h} + ${extra}px)` }} data-chart-box>
      <LazyPanelChart {...props} />
    </div>
  )
}
