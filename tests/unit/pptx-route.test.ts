import { getDataset } from "@/lib/data/dataset"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { exportHandler } from "@/lib/export/handler"
import { briefingPptxHandler } from "@/lib/export/pptx-handler"
import { readPptx } from "./pptx-file"

const PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
const deck = (query: string, headers: Record<string, string> = { host: "dash.example.org" }) =>
  briefingPptxHandler(new Request(`http://localhost:3000/api/briefing/pptx?${query}`, { headers }), {})
const figureExport = (kind: "figure" | "series", id: string, query: string) =>
  exportHandler(kind)(
    new Request(
      `http://localhost:3000/api/${kind === "figure" ? "figures" : "series"}/${id}/export?${query}`,
      {
        headers: { host: "dash.example.org" },
      },
    ),
    { params: Promise.resolve({ id }) },
  )

let saved: string | undefined
beforeEach(() => {
  saved = process.env.SITE_URL
  delete process.env.SITE_URL
})
afterEach(() => {
  if (saved === undefined) delete process.env.SITE_URL
  else process.env.SITE_URL = saved
})

describe("GET /api/briefing/pptx", () => {
  it("sends the deck as a PowerPoint attachment named for what it is, its language and version", async () => {
    const res = await deck("lang=ar&figures=genai")
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe(PPTX)
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="briefing-deck_ar_1.4.0.pptx"')
    // The address on every slide came from this request's Host: no shared cache may keep it.
    expect(res.headers.get("cache-control")).toBe("private, max-age=300, no-transform")
    expect(res.headers.get("vary")).toBe("Host")
    const { slides } = await readPptx(new Uint8Array(await res.arrayBuffer()))
    // Title, how to read, genai and the bridge of its change, what report counts miss, closing.
    expect(slides).toHaveLength(6)
    expect(slides[0]!.texts.at(-1)).toContain("http://dash.example.org/ar/briefing?figures=genai")
    // The same request again is the same file, from memory, and revalidates.
    const again = await deck("lang=ar&figures=genai", {
      host: "dash.example.org",
      "if-none-match": res.headers.get("etag")!,
    })
    expect(again.status).toBe(304)
  }, 30_000)

  it("takes the year a talk is about, as the deck builder's download link sends it", async () => {
    const res = await deck("lang=en&figures=cybertipline&year=2023")
    expect(res.status).toBe(200)
    expect(res.headers.get("content-disposition")).toContain(
      `briefing-deck-2023_en_${getDataset().meta.version}.pptx`,
    )
  }, 30_000)

  it.each([
    ["figures=genai,nope", "figures"],
    ["figures=", "figures"],
    ["lang=fr", "lang"],
    ["lang=en&lang=ar", "lang"],
    ["format=pptx", "format"],
    ["constructor=1", "constructor"],
    ["year=24", "year"],
    ["year=1999", "year"],
    ["year=2024&year=2023", "year"],
  ])("?%s is a 400 naming %s", async (query, parameter) => {
    const res = await deck(query)
    expect(res.status).toBe(400)
    expect(res.headers.get("content-type")).toContain("application/json")
    expect((await res.json()).parameter).toBe(parameter)
  })
})

describe("format=pptx on a figure's export", () => {
  it("is a one-slide deck of that figure", async () => {
    const res = await figureExport("figure", "iwf", "format=pptx")
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe(PPTX)
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="figure-iwf_en_1.4.0.pptx"')
    const { slides } = await readPptx(new Uint8Array(await res.arrayBuffer()))
    expect(slides).toHaveLength(1)
    expect(slides[0]!.texts[0]).toBe("IWF reports assessed and confirmed, 2023–2024")
  }, 30_000)

  it.each([
    ["figure", "iwf", "format=pptx&size=presentation", "size"],
    ["figure", "iwf", "format=pptx&scale=log", "scale"],
    ["figure", "nope", "format=pptx", "id"],
    ["series", "iwf-reports-assessed", "format=pptx", "format"],
  ] as const)("%s %s ?%s is a 400 naming %s", async (kind, id, query, parameter) => {
    const res = await figureExport(kind, id, query)
    expect(res.status).toBe(400)
    expect((await res.json()).parameter).toBe(parameter)
  })
})
