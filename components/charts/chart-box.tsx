import type { ComponentProps } from "react"
import { stagePx } from "@/lib/deck/slides"
import { PanelChart } from "./panel-chart"
import { ServerDrawing } from "./server-drawing"

type Props = Omit<ComponentProps<typeof PanelChart>, "chartHeight" | "serverDrawing"> & {
  /** The drawing's height: CSS px on a page, stage px on a slide (scaled with the slide). */
  height: number
}

/**
 * A chart panel: drawn on the server into the HTML, then redrawn by the browser at its real width
 * (panel-chart.tsx). Printing keeps a chart whole on one page (app/globals.css).
 */
export function ChartBox({ height, ...props }: Props) {
  const variant = props.variant ?? "page"
  return (
    <div data-chart-box>
      <PanelChart
        {...props}
        chartHeight={variant === "slide" ? stagePx(height) : height}
        serverDrawing={
          <ServerDrawing
            panel={props.panel}
            locale={props.locale}
            variant={variant}
            height={height}
            scale={props.defaultScale}
          />
        }
      />
    </div>
  )
}
