import { describe, expect, it } from "vitest"
import ar from "@/messages/ar.json"
import en from "@/messages/en.json"

function leaves(obj: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>()
  if (typeof obj === "string") out.set(prefix, obj)
  else if (obj && typeof obj === "object") {
    for (const [k, v] of Object.entries(obj))
      for (const [kk, vv] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv)
  }
  return out
}

describe("message catalogues", () => {
  const enLeaves = leaves(en)
  const arLeaves = leaves(ar)

  it("translate every English key into Arabic, and nothing more", () => {
    expect([...arLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort())
  })

  it("have no empty text", () => {
    for (const [k, v] of [...enLeaves, ...arLeaves]) expect(v.trim(), k).not.toBe("")
  })

  it("are Arabic in the Arabic catalogue, beyond names and codes", () => {
    // Organisation names stay in Latin script; every other Arabic message has Arabic letters in it.
    const latinOnly = [...arLeaves].filter(([, v]) => !/[\u0600-\u06FF]/.test(v)).map(([k]) => k)
    expect(
      latinOnly.every((k) => /resources\.\w+\.name$|languageSwitch$/.test(k)),
      latinOnly.join(", "),
    ).toBe(true)
  })

  it("keep the same placeholders in both languages", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}|<(\w+)>/g)].map((m) => m[1] ?? m[2]).sort()
    for (const [k, v] of enLeaves) expect(placeholders(arLeaves.get(k) ?? ""), k).toEqual(placeholders(v))
  })
})
