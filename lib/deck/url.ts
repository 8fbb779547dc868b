import { FIGURE_IDS, type FigureId } from "../charts/figure-defs"
import { localizedPath } from "../i18n/paths"
import type { Locale } from "../data/schema"

// A built deck is its address: the figures and their order (`figures`), the year the talk is about
// (`year`), the slide (`slide`) and the language (the /ar prefix). The deck builder, its Copy link and
// its Download .pptx all build their addresses here, so a link and a file of one deck cannot disagree.

export type DeckChoice = {
  locale: Locale
  figures: readonly FigureId[]
  /** Undefined: each figure's latest change (the default deck). */
  year?: number
  /** 1-based; 1 or undefined is left out. */
  slide?: number
  /** The projector theme (app/globals.css), kept when a deck is rebuilt; a .pptx has its own look. */
  theme?: "projector"
}

const isDefaultOrder = (ids: readonly FigureId[]) =>
  ids.length === FIGURE_IDS.length && ids.every((id, i) => id === FIGURE_IDS[i])

/**
 * The query of a deck, without the language. Every figure in the default order is left out, so that the
 * default deck stays the prerendered /briefing; commas are written as they are (figure ids are plain
 * words), because the address is one a speaker reads and sends.
 */
function deckQuery(choice: DeckChoice, keepFigures: boolean): string[] {
  const parts: string[] = []
  if (choice.figures.length > 0 && (keepFigures || !isDefaultOrder(choice.figures)))
    parts.push(`figures=${choice.figures.join(",")}`)
  if (choice.year !== undefined) parts.push(`year=${choice.year}`)
  if (choice.slide !== undefined && choice.slide > 1) parts.push(`slide=${choice.slide}`)
  if (choice.theme) parts.push(`theme=${choice.theme}`)
  return parts
}

/** The deck's path: "/briefing", "/ar/briefing?figures=genai,iwf&year=2024". */
export function deckPath(choice: DeckChoice): string {
  const query = deckQuery(choice, false)
  const path = localizedPath("/briefing", choice.locale)
  return query.length > 0 ? `${path}?${query.join("&")}` : path
}

/** The presenter's window of the deck (lib/deck/presenter.ts): the same deck with `view=presenter`. */
export function deckPresenterPath(choice: DeckChoice): string {
  const query = [
    ...deckQuery({ ...choice, slide: undefined }, false),
    "view=presenter",
    `slide=${choice.slide ?? 1}`,
  ]
  return `${localizedPath("/briefing", choice.locale)}?${query.join("&")}`
}

/**
 * The deck as a PowerPoint file (`GET /api/briefing/pptx`). Its figures are always named, since an API
 * has no prerendered default to keep; `year` only where one is chosen, like the deck's own address.
 */
export function deckPptxHref(choice: DeckChoice): string {
  const query = [
    `lang=${choice.locale}`,
    ...deckQuery({ ...choice, slide: undefined, theme: undefined }, true),
  ]
  return `/api/briefing/pptx?${query.join("&")}`
}
