import { beforeEach, describe, expect, it, vi } from "vitest"
import { LruCache } from "@/lib/export/cache"

// Count how often an export is really built.
vi.mock("@/lib/export/figure-export", async (original) => {
  const actual = await original<typeof import("@/lib/export/figure-export")>()
  return { ...actual, buildChartExport: vi.fn(actual.buildChartExport) }
})
const { buildChartExport } = await import("@/lib/export/figure-export")
const { exportHandler } = await import("@/lib/export/handler")

const handler = exportHandler("figure")
const get = (id: string, query: string, host = "dashboard.example.org") =>
  handler(new Request(`http://localhost:3000/api/figures/${id}/export?${query}`, { headers: { host } }), {
    params: Promise.resolve({ id }),
  })

beforeEach(() => {
  vi.mocked(buildChartExport).mockClear()
})

describe("export bodies are built once per normalised request", () => {
  it("answers the same request from memory, byte for byte, with the same ETag", async () => {
    const a = await get("iwf", "format=svg&lang=ar&size=presentation")
    const b = await get("iwf", "size=presentation&lang=ar&format=svg")
    expect(vi.mocked(buildChartExport)).toHaveBeenCalledTimes(1)
    expect(b.headers.get("etag")).toBe(a.headers.get("etag"))
    expect(await b.text()).toBe(await a.text())
    // Leaving out the default language is the same request.
    await get("iwf", "format=json&lang=en")
    await get("iwf", "format=json")
    expect(vi.mocked(buildChartExport)).toHaveBeenCalledTimes(2)
  })

  it("builds anew for anything that changes the file: format, language, size, scale, id, origin", async () => {
    for (const [id, query, host] of [
      ["inhope", "format=svg", undefined],
      ["inhope", "format=csv", undefined],
      ["inhope", "format=svg&lang=ar", undefined],
      ["inhope", "format=svg&size=presentation", undefined],
      ["inhope", "format=svg&scale=log", undefined],
      ["hosting", "format=svg", undefined],
      ["inhope", "format=svg", "other.example.org"],
    ] as const) {
      const res = await get(id, query, host)
      expect(res.status).toBe(200)
    }
    expect(vi.mocked(buildChartExport)).toHaveBeenCalledTimes(7)
    const other = await (await get("inhope", "format=json", "other.example.org")).json()
    expect(other.url).toBe("http://other.example.org/figures/inhope")
  })

  it("does not keep a miss for an unknown id", async () => {
    expect((await get("nope", "format=svg")).status).toBe(400)
    expect((await get("nope", "format=svg")).status).toBe(400)
    expect(vi.mocked(buildChartExport)).toHaveBeenCalledTimes(2)
  })
})

describe("LruCache", () => {
  it("keeps at most its count, dropping the least recently used", () => {
    const c = new LruCache<string>(2, 1000, (v) => v.length)
    c.set("a", "1")
    c.set("b", "2")
    expect(c.get("a")).toBe("1") // a is now the most recent
    c.set("c", "3")
    expect(c.get("b")).toBeUndefined()
    expect(c.get("a")).toBe("1")
    expect(c.get("c")).toBe("3")
    expect(c.size).toBe(2)
  })

  it("keeps at most its size, and never an entry larger than all of it", () => {
    const c = new LruCache<string>(100, 10, (v) => v.length)
    c.set("a", "xxxx")
    c.set("b", "xxxx")
    c.set("c", "xxxx")
    expect(c.bytes).toBeLessThanOrEqual(10)
    expect(c.get("a")).toBeUndefined()
    c.set("huge", "x".repeat(11))
    expect(c.get("huge")).toBeUndefined()
    c.set("b", "yy")
    expect(c.get("b")).toBe("yy")
    expect(c.bytes).toBe(6)
  })

  it("stays bounded under thousands of distinct keys", () => {
    const c = new LruCache<string>(512, 1 << 20, (v) => v.length)
    for (let i = 0; i < 5000; i++) c.set(`k${i}`, "v".repeat(500))
    expect(c.size).toBeLessThanOrEqual(512)
    expect(c.bytes).toBeLessThanOrEqual(1 << 20)
  })
})
