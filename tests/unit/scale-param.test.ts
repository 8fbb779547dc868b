import { describe, expect, it } from "vitest"
import { seriesPanelDef } from "@/lib/charts/spec"
import { getDataset } from "@/lib/data/dataset"
import { FIGURES } from "@/lib/charts/figure-defs"
import {
  chosenScale,
  exportScale,
  parseScaleParam,
  pathWithScale,
  searchWithScale,
  serializeScaleParam,
  withChoice,
} from "@/lib/url/scale-param"

const genai = { id: "genai-ncmec", defaultScale: "log" } as const
const flat = { id: "cybertipline-volume", defaultScale: "linear" } as const

describe("the scale parameter", () => {
  it("reads panel:scale entries", () => {
    expect(parseScaleParam("genai-ncmec:linear,series-ncmec-genai-reports:log")).toEqual({
      "genai-ncmec": "linear",
      "series-ncmec-genai-reports": "log",
    })
  })

  it("ignores what it cannot read, without throwing", () => {
    expect(parseScaleParam(null)).toEqual({})
    expect(parseScaleParam("")).toEqual({})
    for (const bad of ["genai", "genai-ncmec:", ":log", "genai-ncmec:LOG", "genai-ncmec:sqrt", "Genai:log"])
      expect(parseScaleParam(bad)).toEqual({})
    expect(parseScaleParam("__proto__:log,a b:log,<x>:linear,genai-ncmec:linear,,")).toEqual({
      "genai-ncmec": "linear",
    })
    // A prototype key is read as a plain entry, never as Object.prototype's property.
    expect(chosenScale(parseScaleParam("x:log"), "constructor", "log")).toBe("log")
  })

  it("reads no more entries than a page could use", () => {
    const many = Array.from({ length: 200 }, (_, i) => `p${i}:linear`).join(",")
    expect(Object.keys(parseScaleParam(many))).toHaveLength(64)
  })

  it("writes entries in a stable order and reads back what it wrote", () => {
    const choices = { "z-panel": "linear", "a-panel": "log" } as const
    expect(serializeScaleParam(choices)).toBe("a-panel:log,z-panel:linear")
    expect(parseScaleParam(serializeScaleParam(choices))).toEqual(choices)
    expect(serializeScaleParam({})).toBe("")
  })

  it("can carry every panel that has a scale switch", () => {
    const dataset = getDataset()
    const ids = [
      ...Object.values(FIGURES).flatMap((f) => f.panels.map((p) => p.id)),
      ...dataset.series.map((s) => seriesPanelDef(dataset, s.id).id),
    ]
    const all = Object.fromEntries(ids.map((id) => [id, "linear" as const]))
    expect(parseScaleParam(serializeScaleParam(all))).toEqual(all)
  })
})

describe("a panel's scale", () => {
  it("is the reader's choice only where the panel has a switch", () => {
    expect(chosenScale({}, genai.id, "log")).toBe("log")
    expect(chosenScale({ "genai-ncmec": "linear" }, genai.id, "log")).toBe("linear")
    // A linear panel has no switch: an address cannot put it on a log axis.
    expect(chosenScale({ "cybertipline-volume": "log" }, flat.id, "linear")).toBe("linear")
  })

  it("drops an entry when the panel is switched back to its default", () => {
    const linear = withChoice({}, genai.id, "linear", "log")
    expect(linear).toEqual({ "genai-ncmec": "linear" })
    expect(withChoice(linear, genai.id, "log", "log")).toEqual({})
  })
})

describe("the address with a scale", () => {
  it("keeps the other parameters and writes the value readably", () => {
    expect(searchWithScale("", { "genai-ncmec": "linear" })).toBe("?scale=genai-ncmec:linear")
    expect(searchWithScale("?a=1&scale=old:log&b=2", { "genai-ncmec": "linear", x: "linear" })).toBe(
      "?a=1&b=2&scale=genai-ncmec:linear,x:linear",
    )
    expect(searchWithScale("?scale=genai-ncmec:linear", {})).toBe("")
    expect(searchWithScale("?a=1&scale=genai-ncmec:linear", {})).toBe("?a=1")
  })

  it("gives a figure's link only that figure's choices, before its fragment", () => {
    const choices = { "genai-ncmec": "linear", "other-panel": "linear" } as const
    expect(pathWithScale("/figures/genai", choices, [genai])).toBe("/figures/genai?scale=genai-ncmec:linear")
    expect(pathWithScale("/ar/sources/ncmec#series-x", choices, [genai])).toBe(
      "/ar/sources/ncmec?scale=genai-ncmec:linear#series-x",
    )
    expect(pathWithScale("/figures/cybertipline", choices, [flat])).toBe("/figures/cybertipline")
    expect(pathWithScale("/figures/genai", { "genai-ncmec": "log" }, [genai])).toBe("/figures/genai")
  })
})

describe("the export's scale", () => {
  it("is sent only when the reader moved a panel off its default", () => {
    expect(exportScale({}, [genai])).toBeUndefined()
    expect(exportScale({ "genai-ncmec": "linear" }, [genai])).toBe("linear")
    expect(exportScale({ "genai-ncmec": "log" }, [genai])).toBeUndefined()
    expect(exportScale({}, [flat])).toBeUndefined()
    expect(exportScale({}, [])).toBeUndefined()
  })

  it("is one scale for every panel, or none when the panels differ", () => {
    // The API draws every panel on the one scale it is given: a log choice kept beside a linear panel
    // cannot be sent without drawing that panel on a log axis too.
    expect(exportScale({}, [genai, flat])).toBeUndefined()
    expect(exportScale({ "genai-ncmec": "linear" }, [genai, flat])).toBe("linear")
  })
})
