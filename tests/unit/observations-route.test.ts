import { describe, expect, it } from "vitest"
import { GET } from "@/app/api/observations/route"

const get = (query: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost:3000/api/observations?${query}`, { headers }), {
    params: Promise.resolve({}),
  } as never)

describe("/api/observations, built once per dataset version and query", () => {
  it("answers a repeat with the same bytes and ETag, and a revalidation with 304", async () => {
    const a = await get("format=csv&lang=ar")
    const b = await get("format=csv&lang=ar")
    expect(a.status).toBe(200)
    const body = await a.text()
    expect(await b.text()).toBe(body)
    expect(b.headers.get("etag")).toBe(a.headers.get("etag"))
    const again = await get("format=csv&lang=ar", { "if-none-match": a.headers.get("etag")! })
    expect(again.status).toBe(304)
  })

  it("keeps each query's body apart: language, format and filters", async () => {
    const etags = await Promise.all(
      ["format=csv&lang=en", "format=csv&lang=ar", "format=json", "format=json&series=inhope-reports"].map(
        async (q) => (await get(q)).headers.get("etag"),
      ),
    )
    expect(new Set(etags).size).toBe(4)
    const one = await (await get("format=json&series=inhope-reports")).json()
    expect(one.observations.every((o: { seriesId: string }) => o.seriesId === "inhope-reports")).toBe(true)
    expect(one.count).toBe(one.observations.length)
  })
})
