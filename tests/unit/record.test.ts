import { describe, expect, expectTypeOf, it } from "vitest"
import { recordOf } from "@/lib/record"

describe("recordOf", () => {
  it("gives each key its value, in the keys' order", () => {
    const r = recordOf(["b", "a", "c"] as const, (k) => k.toUpperCase())
    expect(r).toEqual({ b: "B", a: "A", c: "C" })
    expect(Object.keys(r)).toEqual(["b", "a", "c"])
  })

  it("is typed as a record of exactly the keys given", () => {
    const r = recordOf(["x", "y"] as const, (k) => k.length)
    expectTypeOf(r).toEqualTypeOf<Record<"x" | "y", number>>()
  })

  it("passes each key to the value function once", () => {
    const seen: string[] = []
    recordOf(["p", "q"] as const, (k) => seen.push(k))
    expect(seen).toEqual(["p", "q"])
  })

  it("is an empty record for no keys", () => {
    expect(recordOf([], () => 1)).toEqual({})
  })
})
