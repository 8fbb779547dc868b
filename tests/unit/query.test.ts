import { describe, expect, it } from "vitest"
import { getDataset } from "@/lib/dataset"
import { observationsQuerySpec, parseQuery } from "@/lib/query"

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
})
