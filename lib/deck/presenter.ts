// The presenter view of a briefing deck: a second window (`?view=presenter`) with the next slide, the
// talking points and a clock, kept on the same slide as the audience's window. Pure helpers; the
// windows themselves are in components/briefing/deck.tsx.

/**
 * Where the deck stops being a scaled stage and becomes a vertical sequence of reflowed slides: a phone,
 * or a window too short to read a scaled slide's type. The same query is in app/globals.css.
 */
export const PHONE_DECK_QUERY = "(max-width: 767px), (max-height: 480px)"

/** The query string of the presenter window: the audience's own (same figures), at its slide. */
export function presenterSearch(search: string, slide: number): string {
  const params = new URLSearchParams(search)
  params.set("view", "presenter")
  params.set("slide", String(slide))
  return `?${params.toString()}`
}

/**
 * The channel both windows of one deck talk on. Decks of different figures (`?figures=`) have
 * different slides, so they never move each other; the language does not change the slides.
 */
export function deckChannelName(slideIds: string[]): string {
  return `csea-briefing:${slideIds.join(",")}`
}

/** A message one window of a deck sends the other. */
export type DeckMessage = { slide: number }

export function isDeckMessage(data: unknown): data is DeckMessage {
  return (
    typeof data === "object" &&
    data !== null &&
    Number.isInteger((data as { slide?: unknown }).slide) &&
    (data as { slide: number }).slide >= 0
  )
}

/** Elapsed time as a presenter's clock shows it: 4:07, 12:30, 1:02:05 (Western digits in both languages). */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = String(s % 60).padStart(2, "0")
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`
}
