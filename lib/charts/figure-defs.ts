import { COLORS } from "./colours"

// The seven figures of the dashboard: which series each charts, in which panels, with which colours
// (the palette is in lib/charts/colours.ts, with every other colour).

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

export { COLORS }

type PanelSeries = { seriesId: string; color: string }

export type PanelDef = {
  id: string
  kind: "trend" | "bars-by-country"
  series: PanelSeries[]
  /**
   * Periods to draw (default: all); the table still lists every observation. "headline": the two periods
   * the figure's headline compares (data/figures.json), so that bars follow the latest published year.
   */
  periods?: "headline"
  /** A derived, adjusted view drawn beside the data (computed in lib/analysis/adjusted.ts, never stored). */
  adjusted?: "inhope-without-safenet"
  scale?: "linear" | "log"
}

// Which comparison a figure leads with (its headline, takeaway and slide) is data, in data/figures.json:
// it moves when a year is published, while how a figure is drawn stays here.
type FigureDef = { id: FigureId; panels: PanelDef[] }

export const FIGURES: Record<FigureId, FigureDef> = {
  cybertipline: {
    id: "cybertipline",
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
    panels: [
      {
        id: "hosting-inhope",
        kind: "bars-by-country",
        periods: "headline",
        series: [{ seriesId: "inhope-hosting-share", color: COLORS.blue }],
      },
      {
        id: "hosting-iwf",
        kind: "bars-by-country",
        periods: "headline",
        series: [{ seriesId: "iwf-hosting-share", color: COLORS.vermillion }],
      },
    ],
  },
  inhope: {
    id: "inhope",
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
