import type { ComponentProps } from "react"
import { hasScaleSwitch } from "@/lib/scale-param"
import PanelChart from "./panel-chart"

/** Height the panel takes below the chart (readout) and above it (scale switch), reserved in advance. */
export function panelExtraHeight(hasScaleSwitch: boolean): number {
  return 104 + (hasScaleSwitch ? 72 : 0)
}

/**
 * The chart's box, reserved at its final height so nothing shifts when the drawing appears. The panel
 * (keyboard reading, readout, scale switch) renders on the server; only its drawing waits.
 */
export function ChartBox(props: ComponentProps<typeof PanelChart>) {
  const extra = props.variant === "slide" ? 0 : panelExtraHeight(hasScaleSwitch(props.defaultScale))
  const h = typeof props.chartHeight === "number" ? `${props.chartHeight}px` : props.chartHeight
  return (
    <div style={{ minHeight: `calc(${h} + ${extra}px)` }} data-chart-box>
      <PanelChart {...props} />
    </div>
  )
}
