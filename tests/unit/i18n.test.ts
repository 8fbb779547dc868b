import { describe, expect, it } from "vitest"
import { ESSENTIALS } from "@/lib/i18n/essentials"
import arCatalogue from "@/messages/ar.json"
import enCatalogue from "@/messages/en.json"
import { translatorFor } from "@/lib/i18n/translate"

// As lib/i18n/request.ts serves them: each catalogue with the essentials (content note, error texts).
const en = { ...enCatalogue, ...ESSENTIALS.en }
const ar = { ...arCatalogue, ...ESSENTIALS.ar }

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
    // Organisation names stay in Latin script; any other message with Latin words has Arabic in it too.
    // (A message made only of placeholders and punctuation, like "{series}: {values}.", is neutral.)
    const latinOnly = [...arLeaves]
      .filter(([, v]) => {
        const text = v.replace(/\{\w+\}|<\/?\w+>/g, "")
        return /[A-Za-z]/.test(text) && !/[\u0600-\u06FF]/.test(text)
      })
      .map(([k]) => k)
    expect(
      latinOnly.every((k) => /resources\.\w+\.name$|languageSwitch$/.test(k)),
      latinOnly.join(", "),
    ).toBe(true)
  })

  it("keep the same placeholders in both languages", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}|<(\w+)>/g)].map((m) => m[1] ?? m[2]).sort()
    for (const [k, v] of enLeaves) expect(placeholders(arLeaves.get(k) ?? ""), k).toEqual(placeholders(v))
  })

  it("keep the essentials apart: no namespace both in a catalogue and in essentials.json", () => {
    for (const ns of Object.keys(ESSENTIALS.en)) {
      expect(Object.keys(enCatalogue), ns).not.toContain(ns)
      expect(Object.keys(arCatalogue), ns).not.toContain(ns)
    }
    expect(Object.keys(ESSENTIALS).sort()).toEqual(["ar", "en"])
  })
})

describe("the deck's key hints", () => {
  it("isolate each Latin key in Arabic, so a key never runs into the next one's name (Home/End read as F's)", () => {
    const keys = translatorFor("ar", "briefing")("keys")
    for (const key of ["Home", "End", "F", "N", "S", "P", "T"]) expect(keys).toContain(`\u2066${key}\u2069`)
    // No Latin letter outside an isolate.
    expect(keys.replace(/\u2066[^\u2069]*\u2069/g, "")).not.toMatch(/[A-Za-z]/)
  })
})
