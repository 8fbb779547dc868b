import type { ChartPanel } from "../chart"
import { hatchPatterns, layoutPanel, type Box } from "../chart-layout"
import { INK } from "../colours"
import type { Locale } from "../schema"
import { svgToString } from "../svg-tree"

export type { Box }

type Opts = { locale: Locale; scope: string; fontSize: number; scale?: "linear" | "log" }

/** The hatch patterns of a panel's marks, for the file's defs. */
export function panelDefs(panel: ChartPanel, scope: string): string {
  return hatchPatterns(panel.layers, scope, INK.light.surface).map(svgToString).join("")
}

/** One panel of a chart as SVG text: the page's own layout (lib/chart-layout.ts), written out. */
export function renderPanelSvg(panel: ChartPanel, box: Box, o: Opts): string {
  return svgToString(layoutPanel(panel, box, o).node)
}
