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
