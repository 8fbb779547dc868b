import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { exportHandler } from "@/lib/export/handler"

// Under `next start`, request.url is always http://localhost:<port>, whatever the reader's address was.
const handler = exportHandler("figure")
const get = (query: string, headers: Record<string, string> = {}) =>
  handler(new Request(`http://localhost:3000/api/figures/genai/export?${query}`, { headers }), {
    params: Promise.resolve({ id: "genai" }),
  })

const KEYS = ["SITE_URL", "TRUST_PROXY", "NEXT_PUBLIC_SITE_URL"] as const
let saved: Partial<Record<(typeof KEYS)[number], string>> = {}
beforeEach(() => {
  saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]))
  for (const k of KEYS) delete process.env[k]
})
afterEach(() => {
  for (const k of KEYS) {
    if (saved[k] === undefined) delete process.env[k]
    else process.env[k] = saved[k]
  }
})

const proxied = {
  host: "127.0.0.1:3000",
  "x-forwarded-host": "dashboard.example.org",
  "x-forwarded-proto": "https",
}

describe("the address an export gives", () => {
  it("is SITE_URL when set, and the file may then be cached by anyone", async () => {
    process.env.SITE_URL = "https://site.example.org"
    const res = await get("format=json", proxied)
    expect((await res.json()).url).toBe("https://site.example.org/figures/genai")
    expect(res.headers.get("cache-control")).toMatch(/^public, .*s-maxage=/)
    expect(res.headers.get("vary")).toBeNull()
  })

  it("behind a trusted proxy, is the forwarded host and scheme, and the file is private", async () => {
    process.env.TRUST_PROXY = "1"
    const res = await get("format=json", proxied)
    expect((await res.json()).url).toBe("https://dashboard.example.org/figures/genai")
    expect(res.headers.get("cache-control")).toBe("private, max-age=300")
    expect(res.headers.get("vary")).toBe("Host, X-Forwarded-Host, X-Forwarded-Proto")
  })

  it("otherwise is the Host header, never the forwarded one, and never localhost", async () => {
    const res = await get("format=json", { ...proxied, host: "dashboard.example.org" })
    const { url } = await res.json()
    expect(url).toBe("http://dashboard.example.org/figures/genai")
    expect(res.headers.get("cache-control")).toBe("private, max-age=300")
    expect(res.headers.get("vary")).toBe("Host")
  })

  it("is printed at the foot of the SVG (and so of the PNG drawn from it)", async () => {
    const res = await get("format=svg", { host: "dashboard.example.org" })
    const svg = await res.text()
    expect(svg).toContain(">http://dashboard.example.org/figures/genai<")
    expect(svg).not.toContain("localhost")
  })

  it("is the path alone when the Host is not a plain host, and the file stays public", async () => {
    const res = await get("format=json", { host: "evil.example/<x>" })
    expect((await res.json()).url).toBe("/figures/genai")
    expect(res.headers.get("cache-control")).toMatch(/^public/)
  })

  it("sends an SVG as it is (no-transform), and leaves JSON and CSV to the server's compression", async () => {
    process.env.SITE_URL = "https://site.example.org"
    expect((await get("format=svg")).headers.get("cache-control")).toMatch(/^public, .*, no-transform$/)
    expect((await get("format=json")).headers.get("cache-control")).not.toContain("no-transform")
    delete process.env.SITE_URL
    expect((await get("format=svg", { host: "a.example" })).headers.get("cache-control")).toBe(
      "private, max-age=300, no-transform",
    )
  })

  it("is in every row of the CSV (its url column), which is then private like the others", async () => {
    const res = await get("format=csv", { host: "dashboard.example.org" })
    expect(res.status).toBe(200)
    const body = await res.text()
    expect(body).toContain(",http://dashboard.example.org/figures/genai\r\n")
    expect(body).not.toContain("localhost")
    expect(res.headers.get("cache-control")).toBe("private, max-age=300")
    expect(res.headers.get("vary")).toBe("Host")
  })
})
