import { spawn, type ChildProcess } from "node:child_process"
import { request as httpRequest } from "node:http"
import { expect, test } from "@playwright/test"

// Every export names the chart's public address. Under `next start` the request's own URL is always
// http://localhost:<port>, so these requests come "through a proxy": a Host or X-Forwarded-Host that is
// not the server's own. Besides the suite's server (no SITE_URL, no TRUST_PROXY), two more are started
// here on 127.0.0.1: one that trusts X-Forwarded-*, one with SITE_URL.

const port = Number(process.env.E2E_PORT ?? 3210)
const TRUSTING = port + 50
const CONFIGURED = port + 51
const PUBLIC = "https://dashboard.example.org"

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** A GET with exactly these headers (fetch and Playwright's client would not let Host be set). */
function get(serverPort: number, path: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port: serverPort, path, headers }, (res) => {
      let body = ""
      res.setEncoding("utf8")
      res.on("data", (c: string) => (body += c))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on("error", reject)
    req.end()
  })
}

const servers: ChildProcess[] = []

async function start(serverPort: number, env: Record<string, string>) {
  const child = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(serverPort)], {
    env: { ...process.env, ...env },
    stdio: "ignore",
  })
  servers.push(child)
  for (let i = 0; i < 120; i++) {
    try {
      if ((await get(serverPort, "/api/sources", {})).status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`next start on ${serverPort} did not answer`)
}

test.describe.configure({ mode: "serial" })

test.beforeAll(async () => {
  test.setTimeout(60_000)
  await Promise.all([
    start(TRUSTING, { TRUST_PROXY: "1", SITE_URL: "" }),
    start(CONFIGURED, { SITE_URL: PUBLIC, TRUST_PROXY: "" }),
  ])
})

test.afterAll(() => {
  for (const s of servers) s.kill()
})

const JSON_EXPORT = "/api/figures/cybertipline/export?format=json"
const SVG_EXPORT = "/api/figures/cybertipline/export?format=svg&lang=ar"
const urlOf = (a: Answer) => (JSON.parse(a.body) as { url: string }).url
const svgAddress = (a: Answer) => /<text[^>]*>(https?:\/\/[^<]*)<\/text>/.exec(a.body)?.[1]

test("with SITE_URL, every export names it, whatever the request's Host, and may be cached publicly", async () => {
  const requests: Record<string, string>[] = [
    { host: "127.0.0.1:3000" },
    { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" },
  ]
  for (const headers of requests) {
    const json = await get(CONFIGURED, JSON_EXPORT, headers)
    expect(urlOf(json)).toBe(`${PUBLIC}/figures/cybertipline`)
    expect(json.headers["cache-control"]).toMatch(/^public, .*s-maxage=\d+/)
    const svg = await get(CONFIGURED, SVG_EXPORT, headers)
    expect(svgAddress(svg)).toBe(`${PUBLIC}/ar/figures/cybertipline`)
    expect(svg.body).not.toContain("localhost")
  }
})

test("behind a trusted proxy, exports name the forwarded address, and only the requester may cache them", async () => {
  const headers = {
    host: "127.0.0.1:3000",
    "x-forwarded-host": "dashboard.example.org",
    "x-forwarded-proto": "https",
  }
  const json = await get(TRUSTING, JSON_EXPORT, headers)
  expect(urlOf(json)).toBe(`${PUBLIC}/figures/cybertipline`)
  expect(json.headers["cache-control"]).toBe("private, max-age=300")
  expect(json.headers["vary"]).toMatch(/Host, X-Forwarded-Host, X-Forwarded-Proto/)
  expect(svgAddress(await get(TRUSTING, SVG_EXPORT, headers))).toBe(`${PUBLIC}/ar/figures/cybertipline`)
})

test("without either setting, exports name the Host the reader used, ignore X-Forwarded-Host, and stay private", async () => {
  const json = await get(port, JSON_EXPORT, {
    host: "dashboard.example.org",
    "x-forwarded-host": "evil.example",
    "x-forwarded-proto": "https",
  })
  expect(urlOf(json)).toBe("http://dashboard.example.org/figures/cybertipline")
  // A reflected Host must never reach a shared cache.
  expect(json.headers["cache-control"]).toBe("private, max-age=300")
  expect(json.headers["vary"]).toMatch(/\bHost\b/)
  const svg = await get(port, SVG_EXPORT, { host: "dashboard.example.org" })
  expect(svgAddress(svg)).toBe("http://dashboard.example.org/ar/figures/cybertipline")
  expect(svg.body).not.toContain("localhost")
})

test("a figure CSV names the Host the reader used in its url column, so like the other exports it stays private", async () => {
  const csv = await get(port, "/api/figures/cybertipline/export?format=csv", {
    host: "dashboard.example.org",
  })
  expect(csv.status).toBe(200)
  const [header, first] = csv.body.replace(/^\uFEFF/, "").split(/\r?\n/)
  const url = header!.split(",").indexOf("url")
  expect(url).toBeGreaterThan(-1)
  expect(first!.split(",").at(url - header!.split(",").length)).toBe(
    "http://dashboard.example.org/figures/cybertipline",
  )
  expect(csv.headers["cache-control"]).toBe("private, max-age=300")
  expect(csv.headers["vary"]).toMatch(/\bHost\b/)
})
