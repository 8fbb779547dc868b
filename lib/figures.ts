// The seven figures of the dashboard: which series each charts, in which panels, with which colours.
// Colours are literal hex (they must survive SVG export) from the Okabe–Ito palette, darkened where
// needed so every mark has at least 3:1 contrast on white and the pairs stay distinct for colour-blind readers.

export const FIGURE_IDS = [
  "cybertipline",
  "genai",
  "enticement",
  "sextortion",
  "hosting",
  "inhope",
  "iwf",
] as const
export type FigureId = (typeof FIGURE_IDS)[number]

export function isFigureId(value: string): value is FigureId {
  return (FIGURE_IDS as readonly string[]).includes(value)
}

export const COLORS = {
  blue: "#0072B2",
  vermillion: "#C24100",
  green: "#007A5A",
  grey: "#4A4A4A",
} as const

export type PanelSeries = { seriesId: string; color: string }

export type PanelDef = {
  id: string
  kind: "trend" | "bars-by-country"
  series: PanelSeries[]
  /** Periods to draw (default: all); the table still lists every observation. */
  periods?: string[]
  /** A derived, adjusted view drawn beside the data (computed in lib/adjusted.ts, never stored). */
  adjusted?: "inhope-without-safenet"
  scale?: "linear" | "log"
}

/** The one comparison a briefing slide leads with: the number the audience should remember, with its verdict. */
export type HeadlineDef = { seriesId: string; from: string; to: string; country?: string }

export type FigureDef = { id: FigureId; panels: PanelDef[]; headline: HeadlineDef }

export const FIGURES: Record<FigureId, FigureDef> = {
  cybertipline: {
    id: "cybertipline",
    headline: { seriesId: "ncmec-cybertipline-reports", from: "2023", to: "2024" },
    panels: [
      {
        id: "cybertipline-volume",
        kind: "trend",
        series: [
          { seriesId: "ncmec-cybertipline-reports", color: COLORS.blue },
          { seriesId: "ncmec-cybertipline-incidents", color: COLORS.vermillion },
        ],
      },
    ],
  },
  genai: {
    id: "genai",
    headline: { seriesId: "ncmec-genai-reports", from: "2023", to: "2024" },
    panels: [
      {
        id: "genai-ncmec",
        kind: "trend",
        // A linear axis flattens 2023 (4,700) against 2025-H1 (440,419); log is the default, linear on request.
        scale: "log",
        series: [{ seriesId: "ncmec-genai-reports", color: COLORS.blue }],
      },
    ],
  },
  enticement: {
    id: "enticement",
    headline: { seriesId: "ncmec-online-enticement-reports", from: "2023", to: "2024" },
    panels: [
      {
        id: "enticement-ncmec",
        kind: "trend",
        series: [{ seriesId: "ncmec-online-enticement-reports", color: COLORS.blue }],
      },
    ],
  },
  sextortion: {
    id: "sextortion",
    headline: { seriesId: "ncmec-financial-sextortion-reports", from: "2024-H1", to: "2025-H1" },
    panels: [
      {
        id: "sextortion-ncmec",
        kind: "trend",
        series: [{ seriesId: "ncmec-financial-sextortion-reports", color: COLORS.blue }],
      },
      {
        id: "sextortion-iwf-boys",
        kind: "trend",
        series: [{ seriesId: "iwf-sextortion-boys-share", color: COLORS.green }],
      },
    ],
  },
  hosting: {
    id: "hosting",
    headline: { seriesId: "iwf-hosting-share", from: "2023", to: "2024", country: "NL" },
    panels: [
      {
        id: "hosting-inhope",
        kind: "bars-by-country",
        periods: ["2023", "2024"],
        series: [{ seriesId: "inhope-hosting-share", color: COLORS.blue }],
      },
      {
        id: "hosting-iwf",
        kind: "bars-by-country",
        periods: ["2023", "2024"],
        series: [{ seriesId: "iwf-hosting-share", color: COLORS.vermillion }],
      },
    ],
  },
  inhope: {
    id: "inhope",
    headline: { seriesId: "inhope-reports", from: "2023", to: "2024" },
    panels: [
      {
        id: "inhope-volume",
        kind: "trend",
        adjusted: "inhope-without-safenet",
        series: [{ seriesId: "inhope-reports", color: COLORS.blue }],
      },
      {
        id: "inhope-illegal",
        kind: "trend",
        series: [{ seriesId: "inhope-illegal-share", color: COLORS.green }],
      },
    ],
  },
  iwf: {
    id: "iwf",
    headline: { seriesId: "iwf-reports-confirmed", from: "2023", to: "2024" },
    panels: [
      {
        id: "iwf-volume",
        kind: "trend",
        series: [
          { seriesId: "iwf-reports-assessed", color: COLORS.blue },
          { seriesId: "iwf-reports-confirmed", color: COLORS.vermillion },
        ],
      },
    ],
  },
}

export function figureSeriesIds(figure: FigureDef): string[] {
  return [...new Set(figure.panels.flatMap((p) => p.series.map((s) => s.seriesId)))]
}
