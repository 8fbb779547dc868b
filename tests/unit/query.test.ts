import { describe, expect, it } from "vitest"
import { getDataset } from "@/lib/data/dataset"
import { observationsQuerySpec, parseQuery } from "@/lib/http/api-query"

const spec = observationsQuerySpec(getDataset())
const parse = (qs: string) => parseQuery(new URLSearchParams(qs), spec)

describe("API query parsing", () => {
  it("accepts comma lists and repeated parameters alike", () => {
    const a = parse("series=ncmec-genai-reports,iwf-reports-assessed")
    const b = parse("series=ncmec-genai-reports&series=iwf-reports-assessed")
    expect(a).toEqual(b)
    expect(a.ok && a.value.series).toEqual(["ncmec-genai-reports", "iwf-reports-assessed"])
  })

  it("normalises country codes to upper case", () => {
    const r = parse("country=nl,Us")
    expect(r.ok && r.value.country).toEqual(["NL", "US"])
  })

  it.each([
    ["series=nope", "series", /unknown series "nope"/],
    ["source=nope", "source", /unknown source/],
    ["period=2024-H3", "period", /malformed period/],
    ["period=2024,", "period", /empty value/],
    ["country=NLD", "country", /malformed country/],
    ["format=xml", "format", /unknown format/],
    ["format=csv&format=json", "format", /more than once/],
    ["format=csv,json", "format", /one value/],
    ["lang=ar,en", "lang", /one value/],
    ["format=csv&format=csv", "format", /more than once/],
    ["bogus=1", "bogus", /unknown parameter/],
    ["series=", "series", /empty value/],
    [`series=${"a".repeat(2000)}`, "series", /longer than/],
  ])("rejects %s naming %s", (qs, parameter, message) => {
    const r = parse(qs)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.parameter).toBe(parameter)
      expect(r.error.error).toMatch(message)
    }
  })

  it("escapes bidi and control characters in error messages", () => {
    const r = parse("series=\u202Eevil")
    expect(!r.ok && r.error.error).toContain("\\u202e")
  })

  // Names of Object.prototype used to find an inherited function in the spec and throw (a 500).
  it.each([
    "constructor",
    "toString",
    "valueOf",
    "hasOwnProperty",
    "isPrototypeOf",
    "propertyIsEnumerable",
    "toLocaleString",
    "__defineGetter__",
    "__lookupGetter__",
    "__proto__",
  ])("rejects the prototype key %s as an unknown parameter", (key) => {
    const r = parse(`${key}=1`)
    expect(r).toEqual({
      ok: false,
      error: { parameter: key, error: expect.stringMatching(/^unknown parameter/) },
    })
  })

  it("rejects prototype keys against an empty spec too", () => {
    const r = parseQuery(new URLSearchParams("constructor=1"), {})
    expect(!r.ok && r.error.parameter).toBe("constructor")
  })
})
