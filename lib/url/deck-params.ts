import {
  createLoader,
  createSerializer,
  parseAsInteger,
  parseAsStringLiteral,
  type inferParserType,
} from "nuqs/server"

// The deck's place in its address: the slide (`?slide=3`), the presenter's window (`?view=presenter`) and
// the projector theme (`?theme=projector`). The on-demand /briefing route reads them on the server with
// these parsers, and the deck reads and writes them in the browser with the same ones
// (components/briefing/deck.tsx), so the two always mean the same by one address. Kept apart from
// lib/deck so that the deck's browser bundle carries only nuqs' parsers.
export const deckSearchParams = {
  slide: parseAsInteger.withDefault(1),
  view: parseAsStringLiteral(["presenter"] as const),
  theme: parseAsStringLiteral(["projector"] as const),
}

export const loadDeckSearchParams = createLoader(deckSearchParams)

export type DeckQuery = inferParserType<typeof deckSearchParams>

/** A query with the deck's keys changed and every other key kept; a default value removes its key. */
export const deckSearch = createSerializer(deckSearchParams)
