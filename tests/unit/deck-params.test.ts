import { describe, expect, it } from "vitest"
import { deckSearch, loadDeckSearchParams } from "@/lib/url/deck-params"

// The server draws the deck from a request's query (Next's searchParams object) and the deck reads the
// browser's address (a search string): both must name the same view, or the page would hydrate a deck the
// server did not draw.
describe("deck keys", () => {
  it.each([
    ["", { slide: 1, view: null, theme: null }],
    ["slide=3", { slide: 3, view: null, theme: null }],
    ["slide=abc&view=presenter", { slide: 1, view: "presenter", theme: null }],
    ["theme=projector&utm_source=x", { slide: 1, view: null, theme: "projector" }],
    ["view=audience&theme=dark", { slide: 1, view: null, theme: null }],
  ])("?%s is %j, from the address and from Next's searchParams", (search, query) => {
    expect(loadDeckSearchParams(`?${search}`)).toEqual(query)
    expect(loadDeckSearchParams(Object.fromEntries(new URLSearchParams(search)))).toEqual(query)
  })

  it("writes the drawn view as the address that reads back to it, keeping other keys", () => {
    for (const query of [
      { slide: 1, view: null, theme: null },
      { slide: 7, view: "presenter", theme: "projector" },
    ] as const) {
      expect(loadDeckSearchParams(deckSearch("", query))).toEqual(query)
    }
    // The first slide is the default: its key goes, as /briefing is the deck at its first slide.
    expect(deckSearch("?slide=3&utm_source=x", { slide: 1 })).toBe("?utm_source=x")
    expect(deckSearch("?slide=3&utm_source=x", { slide: 4 })).toBe("?slide=4&utm_source=x")
    expect(deckSearch("?theme=projector&slide=2", { theme: null })).toBe("?slide=2")
  })
})
