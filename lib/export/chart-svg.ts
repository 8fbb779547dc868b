import type { ChartPanel } from "../charts/spec"
import { hatchPatterns, layoutPanel, type Box } from "../charts/layout"
import { INK } from "../charts/colours"
import type { Locale } from "../data/schema"
import { svgToString } from "../charts/svg-tree"

export type { Box }

type Opts = { locale: Locale; scope: string; fontSize: number; scale?: "linear" | "log" }

/** The hatch patterns of a panel's marks, for the file's defs. */
export function panelDefs(panel: ChartPanel, scope: string): string {
  return hatchPatterns(panel.layers, scope, INK.light.surface).map(svgToString).join("")
}

/** One panel of a chart as SVG text: the page's own layout (lib/charts/layout.ts), written out. */
export function renderPanelSvg(panel: ChartPanel, box: Box, o: Opts): string {
  return svgToString(layoutPanel(panel, box, o).node)
}
