import { describe, expect, it } from "vitest"
import { lastPlace } from "@/lib/analysis/adjusted"

describe("lastPlace", () => {
  it.each([
    [1_600_000, 2, 100_000],
    [20_500_000, 3, 100_000],
    [546_000, 3, 1_000],
    [897_438, 6, 1],
    [36_210_368, 8, 1],
    [-15_700_000, 3, 100_000],
    [100, 1, 100],
    [99, 1, 10],
  ])("puts the last of the significant figures of %d (%d figures) at %d", (value, figures, place) => {
    expect(lastPlace(value, figures)).toBe(place)
  })

  it("reaches below the units", () => {
    expect(lastPlace(0.25, 2)).toBeCloseTo(0.01, 12)
  })
})
