import { describe, expect, it } from "vitest"
import { deckChannelName, formatClock, isDeckMessage, presenterSearch } from "@/lib/deck/presenter"

describe("the presenter window", () => {
  it("opens on the audience's deck and slide", () => {
    expect(presenterSearch("", 3)).toBe("?view=presenter&slide=3")
    expect(presenterSearch("?figures=genai%2Ccybertipline&slide=2", 4)).toBe(
      "?figures=genai%2Ccybertipline&slide=4&view=presenter",
    )
  })

  it("talks only to windows of the same deck", () => {
    expect(deckChannelName(["title", "genai", "closing"])).not.toBe(
      deckChannelName(["title", "cybertipline", "closing"]),
    )
    expect(deckChannelName(["title", "genai"])).toBe(deckChannelName(["title", "genai"]))
  })

  it("accepts only a slide index from the other window", () => {
    expect(isDeckMessage({ slide: 2 })).toBe(true)
    expect(isDeckMessage({ slide: -1 })).toBe(false)
    expect(isDeckMessage({ slide: 1.5 })).toBe(false)
    expect(isDeckMessage({ slide: "2" })).toBe(false)
    expect(isDeckMessage(null)).toBe(false)
  })

  it("shows elapsed time as a clock", () => {
    expect(formatClock(0)).toBe("0:00")
    expect(formatClock(247)).toBe("4:07")
    expect(formatClock(750.9)).toBe("12:30")
    expect(formatClock(3725)).toBe("1:02:05")
  })
})
