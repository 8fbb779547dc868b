// Every colour of the dashboard, in one place: the series palette, the ink a chart is drawn in for each
// theme a deck can be shown in, the ink of downloaded files, and the colours of the page chrome that the
// stylesheet and the proxy's own error page use. No other file writes a colour as hex (tests/unit/colours.test.ts
// checks; app/globals.css reads the chrome colours as the CSS variables CSS_COLOURS names, which the same
// test holds equal to these).
//
// The light theme is the page's and the exports': the Okabe–Ito palette darkened to 3:1 or more on white,
// and the pairs stay distinct for colour-blind readers. Colours are literal hex: they must survive SVG export.
// The projector theme is for bright rooms and washed-out projectors: white on black, and the palette's
// own (lighter) Okabe–Ito colours, which keep 3:1 or more on black where the darkened ones fall to 4:1 and
// grey to 2.4:1.

/** The series palette (light theme): each figure's series take their colour from here (lib/charts/figure-defs.ts). */
export const COLORS = {
  blue: "#0072B2",
  vermillion: "#C24100",
  green: "#007A5A",
  grey: "#4A4A4A",
} as const

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

/**
 * The ink of a downloaded picture (SVG, PNG, the PowerPoint's images): always the light theme, on white,
 * whatever theme the deck was shown in, because files go onto slides and paper.
 */
export const FILE_INK = {
  background: INK.light.surface,
  /** Titles and the caveats' text. */
  text: "#1E1E1E",
  /** The source and dataset lines, and the legend's neutral marks (the range bar, the dot, the hatching). */
  secondary: INK.light.halo,
  /** Small notes: the log scale, half-years. */
  note: "#444444",
  /** The figure's address. */
  link: "#1E40AF",
} as const

/**
 * The page chrome, as CSS variables app/globals.css declares (and the Tailwind class `bg-callout` reads):
 * focus rings, the deck's paper, notes and callouts in each theme. Also written into the proxy's own error
 * page (lib/http/error-page.ts), which has no stylesheet.
 */
export const CSS_COLOURS = {
  "--color-focus": "#1d4ed8",
  "--color-ink": "#000000",
  "--color-paper": "#ffffff",
  "--color-notes": "#ffffea",
  "--color-presenter": "#e8e8e8",
  "--color-callout": "#fff4d6",
  "--color-projector-callout": "#1f1f1f",
  "--color-projector-accent": "#ffd54a",
  "--color-projector-notes": "#141414",
  /** The site's text, banner, rules and links (Tailwind's slate-900, slate-800, slate-300, blue-800). */
  "--color-site-text": "#0f172a",
  "--color-site-banner": "#1e293b",
  "--color-site-rule": "#cbd5e1",
  "--color-site-link": "#1e40af",
} as const

/** A series colour in a theme. */
export function seriesColour(colour: string, theme: Theme): string {
  return theme === "projector" ? (PROJECTOR_SERIES[colour] ?? colour) : colour
}

/** Layers (or anything with a colour) in a theme's colours. */
export function themed<T extends { color: string }>(items: readonly T[], theme: Theme): T[] {
  return items.map((x) => ({ ...x, color: seriesColour(x.color, theme) }))
}

/** A panel with its layers in a theme's colours: what the server's layout and the browser's charts draw. */
export function themedPanel<P extends { layers: readonly { color: string }[] }>(panel: P, theme: Theme): P {
  return { ...panel, layers: themed(panel.layers, theme) }
}
