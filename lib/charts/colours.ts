import { COLORS } from "./figure-defs"

// The colours a chart is drawn in, for each theme a deck can be shown in. The light theme is the page's
// and the exports': the Okabe–Ito palette darkened to 3:1 or more on white (lib/charts/figure-defs.ts). The projector
// theme is for bright rooms and washed-out projectors: white on black, and the palette's own (lighter)
// Okabe–Ito colours, which keep 3:1 or more on black where the darkened ones fall to 4:1 and grey to 2.4:1.

export const THEMES = ["light", "projector"] as const
export type Theme = (typeof THEMES)[number]

export type Ink = {
  /** What the chart is drawn on; also the fill of hollow marks and the gaps in hatching. */
  surface: string
  /** Axis labels, values and event labels: 4.5:1 or more on the surface. */
  text: string
  axis: string
  grid: string
  event: string
  /** The dotted halo of a medium-confidence figure. */
  halo: string
  /** The outline of the hovered or stepped-to mark. */
  active: string
}

export const INK: Record<Theme, Ink> = {
  light: {
    surface: "#FFFFFF",
    text: "#222222",
    axis: "#555555",
    grid: "#DDDDDD",
    event: "#5A5A5A",
    halo: "#333333",
    active: "#111111",
  },
  projector: {
    surface: "#000000",
    text: "#FFFFFF",
    axis: "#BBBBBB",
    grid: "#444444",
    event: "#BBBBBB",
    halo: "#DDDDDD",
    active: "#FFFFFF",
  },
}

/** Earlier periods of a bar chart, beside the latest in its series' colour (lib/charts/spec.ts). */
export const EARLIER_PERIOD = "#767676"

/** Each light-theme series colour's projector counterpart (Okabe–Ito: blue → sky blue, and so on). */
const PROJECTOR_SERIES: Record<string, string> = {
  [COLORS.blue]: "#56B4E9",
  [COLORS.vermillion]: "#E8743B",
  [COLORS.green]: "#2FBF8F",
  [COLORS.grey]: "#BBBBBB",
  [EARLIER_PERIOD]: "#9A9A9A",
}

/** A series colour in a theme. */
export function seriesColour(colour: string, theme: Theme): string {
  return theme === "projector" ? (PROJECTOR_SERIES[colour] ?? colour) : colour
}

/** Layers (or anything with a colour) in a theme's colours. */
export function themed<T extends { color: string }>(items: readonly T[], theme: Theme): T[] {
  return items.map((x) => ({ ...x, color: seriesColour(x.color, theme) }))
}

export function isTheme(value: unknown): value is Theme {
  return typeof value === "string" && (THEMES as readonly string[]).includes(value)
}
