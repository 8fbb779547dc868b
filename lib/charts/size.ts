import type { ChartPanel, FigureSpec } from "./spec"

// The sizes charts are drawn at, in one place: on a page, on a slide and in an exported picture (the label
// size, the heights, and the width the server draws a chart at, components/charts/server-drawing.tsx).
// The server cannot know a reader's window, so it draws each chart at the width its box has on a desktop
// screen, and the drawing scales to any other width until the browser redraws it at the box's real width
// (Recharts, from the same layout).

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

/**
 * A slide chart's height, in stage pixels (a slide is laid out once at 1920×1080 and scaled to the screen,
 * see .slide in app/globals.css). One panel has the chart column to itself (475 px) and two trend panels
 * share it (190 px each, with room for their titles and legends). A bar panel is sized by its bars, so that each bar and its 24 px country label stay readable:
 * IWF's seven countries over two years need far more room than INHOPE's two countries in one year, and
 * squeezed into half the column their labels overlapped.
 */
export function slideChartHeight(panel: ChartPanel, panelCount: number): number {
  if (panel.kind === "bars") {
    const bars = panel.categories.length * panel.layers.length
    return Math.min(Math.round(86 + 17.3 * bars), 475)
  }
  return panelCount > 1 ? 190 : 475
}

/** A panel's height in an exported picture at its font size: bars grow with their categories. */
export function filePanelHeight(
  panel: ChartPanel,
  index: number,
  fontSize: number,
  presentation: boolean,
): number {
  // A bars panel by its bars, as a slide's is (slideChartHeight): IWF's seven countries
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
