import { FIGURE_IDS } from "@/lib/charts/figure-defs"

// The default deck's slides, written out: each figure is followed by the slides of its change bridges
// (data/bridges.json), then what report counts miss and the closing slide.

/** Each figure's bridge slide, by figure. */
export const BRIDGES: Record<string, string> = {
  cybertipline: "bridge-cybertipline-2023-2024",
  genai: "bridge-genai-2024h1-2025h1",
  enticement: "bridge-enticement-2023-2024",
  inhope: "bridge-inhope-2023-2024",
}

export const DECK = [
  "title",
  "how-to-read",
  ...FIGURE_IDS.flatMap((id) => [id, ...(BRIDGES[id] ? [BRIDGES[id]] : [])]),
  "report-gaps",
  "closing",
]

/** A slide's number in the default deck (`?slide=`). */
export const slideOf = (id: string) => DECK.indexOf(id) + 1
