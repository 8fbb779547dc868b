import { describe, expect, it } from "vitest"
import { FIGURE_IDS, type FigureId } from "@/lib/charts/figure-defs"
import { getDataset } from "@/lib/data/dataset"
import { deckOrder } from "@/lib/deck/slides"

// deckOrder only reads each figure slide's id: the HTML deck and the PowerPoint file pass their own.
const order = (ids: readonly FigureId[], year?: number) =>
  deckOrder(
    getDataset(),
    ids.map((id) => ({ id })),
    "en",
    year,
  ).map((e) => `${e.kind}:${e.slide.id}`)

describe("deckOrder", () => {
  it("puts each figure of the default deck before the bridges that draw its change", () => {
    expect(order(FIGURE_IDS)).toEqual([
      "figure:cybertipline",
      "bridge:bridge-cybertipline-2023-2024",
      "figure:genai",
      "bridge:bridge-genai-2024h1-2025h1",
      "figure:enticement",
      "bridge:bridge-enticement-2023-2024",
      "figure:sextortion",
      "figure:hosting",
      "figure:inhope",
      "bridge:bridge-inhope-2023-2024",
      "figure:iwf",
    ])
  })

  it("follows the figures chosen, in their order, each bridge still after its own figure", () => {
    expect(order(["iwf", "genai", "cybertipline"])).toEqual([
      "figure:iwf",
      "figure:genai",
      "bridge:bridge-genai-2024h1-2025h1",
      "figure:cybertipline",
      "bridge:bridge-cybertipline-2023-2024",
    ])
  })

  it("leaves out, for a deck about a year, the bridges of changes that end after it", () => {
    expect(order(["genai", "cybertipline", "enticement"], 2024)).toEqual([
      "figure:genai",
      "figure:cybertipline",
      "bridge:bridge-cybertipline-2023-2024",
      "figure:enticement",
      "bridge:bridge-enticement-2023-2024",
    ])
    expect(order(["cybertipline"], 2023)).toEqual(["figure:cybertipline"])
  })

  it("passes each figure's own slide through", () => {
    const figures = [{ id: "inhope" as const, mine: 1 }]
    const [first] = deckOrder(getDataset(), figures, "en")
    expect(first).toEqual({ kind: "figure", slide: figures[0] })
  })
})
