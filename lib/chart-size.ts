import type { ChartPanel, FigureSpec } from "./chart"

// The sizes charts are drawn at on the page and on slides: the label size, and the width the server draws
// a chart at (components/charts/server-drawing.tsx). The server cannot know a reader's window, so it draws
// each chart at the width its box has on a desktop screen, and the drawing scales to any other width
// until the browser redraws it at the box's real width (Recharts, from the same layout).

/** Label size in CSS px: 13 on a page, 24 stage px on a slide (read from the back of the room). */
export function chartFontSize(large: boolean): number {
  return large ? 24 : 13
}

/**
 * A figure's chart box on a desktop screen (measured: 658 px wide from 1280 px windows up, on the
 * dashboard, the figure and source pages), and on a slide (the 1920-px stage's chart column).
 */
export const DRAW_WIDTH = { page: 658, slide: 1043 } as const

/** A chart's height on a page: a bars panel by its countries, the first trend panel taller than the next. */
export function pageChartHeight(spec: FigureSpec, index: number): number {
  const panel: ChartPanel = spec.panels[index]!
  if (panel.kind === "bars") return Math.max(140, panel.categories.length * 40 + 40)
  return index === 0 ? 320 : 220
}
