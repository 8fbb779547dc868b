import { expect, test } from "@playwright/test"

// Hostile inputs, generated: every API parameter and page query gets each of them. The invariants:
// never a 5xx; every API 4xx is JSON naming the parameter; no stack trace or file path in any response.
const HOSTILE = [
  "",
  " ",
  "a".repeat(5000),
  "\u0000",
  "\u0007\u001b[31m",
  "\u202eevil\u202c",
  "\u2066x\u2069",
  "../../../../etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "' OR '1'='1",
  "1; DROP TABLE observations;--",
  "${7*7}",
  "{{7*7}}",
  "%00",
  "%",
  "%E0%A4%A",
  "9".repeat(400),
  "1e308",
  "-1",
  "NaN",
  "2024-H9",
  "2024,2024,2024,",
  ",,,",
  "🙂🙂🙂",
  "بلاغات",
  "null",
  "undefined",
  "__proto__",
  "constructor",
  "ncmec-genai-reports".repeat(60),
]

const API_PARAMS: Record<string, string[]> = {
  "/api/observations": ["series", "source", "period", "country", "format", "lang"],
  "/api/series": ["source"],
  "/api/caveats": ["series"],
  "/api/events": ["series"],
  "/api/sources": ["x"],
  "/api/figures/genai": ["lang"],
  "/api/figures/genai/export": ["format", "lang", "size", "scale", "part"],
  "/api/series/iwf-reports-assessed/chart": ["lang"],
  "/api/dataset/download": ["lang"],
}

const PAGE_QUERIES: Record<string, string[]> = {
  "/compare": ["series", "source", "from", "to", "adjusted"],
  "/briefing": ["figures", "slide"],
}

const LEAKS = /(at \S+ \(|\/work\/|node_modules|\.tsx?:\d+|Error: |ENOENT)/

function urls(): { url: string; api: boolean; parameter?: string }[] {
  const out: { url: string; api: boolean; parameter?: string }[] = []
  for (const [path, params] of Object.entries(API_PARAMS)) {
    for (const p of params) {
      for (const v of HOSTILE)
        out.push({ url: `${path}?${p}=${encodeURIComponent(v)}`, api: true, parameter: p })
      out.push({ url: `${path}?${p}=a&${p}=b&${p}=c`, api: true, parameter: p })
    }
  }
  for (const v of HOSTILE.slice(0, 12))
    out.push({ url: `/api/figures/${encodeURIComponent(v)}`, api: true, parameter: "id" })
  for (const v of HOSTILE.slice(0, 12))
    out.push({ url: `/api/series/${encodeURIComponent(v)}/chart`, api: true, parameter: "id" })
  for (const [path, params] of Object.entries(PAGE_QUERIES)) {
    for (const p of params)
      for (const v of HOSTILE) out.push({ url: `${path}?${p}=${encodeURIComponent(v)}`, api: false })
  }
  return out
}

const CASES = urls()

/**
 * Runs `check` on every case, four at a time: the server renders one page at a time, and four requests in
 * flight keep it busy while the test reads the answers, without starving the other worker's tests.
 */
async function inParallel<T>(cases: readonly T[], check: (c: T) => Promise<void>, limit = 4) {
  let next = 0
  const worker = async () => {
    while (next < cases.length) await check(cases[next++]!)
  }
  await Promise.all(Array.from({ length: limit }, worker))
}

test(`${CASES.length} hostile requests: no 5xx, JSON 400s naming the parameter, nothing leaked`, async ({
  request,
}) => {
  test.setTimeout(240_000)
  expect(CASES.length).toBeGreaterThanOrEqual(500)
  const failures: string[] = []
  await inParallel(CASES, async (c) => {
    const res = await request.get(c.url, { maxRedirects: 0 })
    const status = res.status()
    const body = await res.text()
    if (status >= 500) failures.push(`${status} ${c.url.slice(0, 120)}`)
    if (LEAKS.test(body)) failures.push(`leak in ${c.url.slice(0, 120)}`)
    if (c.api && status >= 400) {
      let json: { error?: unknown; parameter?: unknown } = {}
      try {
        json = JSON.parse(body)
      } catch {
        failures.push(`non-JSON ${status} ${c.url.slice(0, 120)}`)
      }
      if (typeof json.error !== "string" || typeof json.parameter !== "string")
        failures.push(`unnamed ${status} ${c.url.slice(0, 120)}`)
    }
  })
  expect(failures).toEqual([])
})

// A larger, generated run over the API alone: hostile keys (Object.prototype names, Next's own prefixes,
// encodings), hostile values, repeats and comma lists of single-valued parameters, hostile path segments
// (undecodable, encoded slashes, dot segments, very long), every method, and hostile Host and
// X-Forwarded-* headers on the exports. Seeded, so every run sends the same requests; bounded in count
// and in time; 127.0.0.1 only (the suite's baseURL). Invariants: no 5xx; no stack trace or file path in
// any body; every API 4xx is JSON naming a parameter; a 405 says what is allowed; no export names
// localhost or a host that was not a plain host.

/** mulberry32: a small seeded generator, so the sample is the same on every run. */
function seeded(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ROUTES: { path: string; base: string; params: string[] }[] = [
  {
    path: "/api/observations",
    base: "",
    params: ["series", "source", "period", "country", "format", "lang"],
  },
  { path: "/api/series", base: "", params: ["source"] },
  { path: "/api/sources", base: "", params: [] },
  { path: "/api/caveats", base: "", params: ["series"] },
  { path: "/api/events", base: "", params: ["series"] },
  { path: "/api/figures/genai", base: "", params: ["lang"] },
  {
    path: "/api/figures/genai/export",
    base: "format=svg",
    params: ["format", "lang", "size", "scale", "part"],
  },
  { path: "/api/series/iwf-reports-assessed/chart", base: "", params: ["lang"] },
  {
    path: "/api/series/iwf-reports-assessed/export",
    base: "format=json",
    params: ["format", "lang", "size", "scale"],
  },
  { path: "/api/briefing/pptx", base: "", params: ["lang", "figures"] },
  { path: "/api/dataset/download", base: "", params: ["lang"] },
  { path: "/api", base: "", params: [] },
]

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype)
const HOSTILE_KEYS = [
  ...PROTO_KEYS,
  "__proto__[x]",
  "constructor[prototype]",
  "nxtPid",
  "nxtPpath",
  "nxtIfoo",
  "nxtP",
  "%73eries",
  "SERIES",
  "series[]",
  "series%00",
  "",
  "%ff",
  "a".repeat(300),
  "😀",
  "id",
  "path",
  "_rsc",
]
const VALID: Record<string, string[]> = {
  series: ["ncmec-genai-reports", "iwf-reports-assessed"],
  source: ["ncmec", "iwf"],
  period: ["2024", "2024-H1"],
  country: ["NL", "us"],
  format: ["json", "csv", "svg", "pptx", "xlsx"],
  figures: ["genai", "iwf"],
  lang: ["en", "ar"],
  size: ["standard", "presentation"],
  scale: ["linear", "log"],
  part: ["chart", "bridge"],
}
const HOSTILE_SEGMENTS = [
  "%ff",
  "%",
  "%E0%A4%A",
  "%c0%af",
  "%2e%2e",
  "..%2f..%2fetc%2fpasswd",
  "%2F",
  "a%00b",
  "%u0041",
  "genai%20",
  "GENAI",
  "x".repeat(2000),
  "😀",
  "constructor",
  "__proto__",
  "toString",
  "genai;x=1",
]
const HOSTILE_HOSTS = [
  "dashboard.example.org",
  "evil.example:8443",
  'evil.example"><svg onload=alert(1)>',
  "evil.example/path",
  "user@evil.example",
  "[::1]:3000",
  "localhost",
  "a".repeat(300),
  "",
]

type Case = { url: string; method?: string; headers?: Record<string, string>; export?: boolean }

function apiCases(): Case[] {
  const rand = seeded(17)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!
  const q = (base: string, extra: string) => (base ? `${base}&${extra}` : extra)
  const out: Case[] = []
  for (const r of ROUTES) {
    // Every hostile key, alone and after valid parameters.
    for (const k of HOSTILE_KEYS) {
      for (const v of ["1", "", pick(HOSTILE)])
        out.push({ url: `${r.path}?${q(r.base, `${k}=${encodeURIComponent(v)}`)}` })
    }
    for (const p of r.params) {
      // Hostile values, valid values repeated and as comma lists, and mixtures.
      for (const v of HOSTILE) out.push({ url: `${r.path}?${q(r.base, `${p}=${encodeURIComponent(v)}`)}` })
      const ok = VALID[p] ?? ["x"]
      out.push({ url: `${r.path}?${q(r.base, `${p}=${ok.join(",")}`)}` })
      out.push({ url: `${r.path}?${q(r.base, ok.map((v) => `${p}=${v}`).join("&"))}` })
      out.push({ url: `${r.path}?${q(r.base, `${p}=${ok[0]}&${p}=${ok[0]}`)}` })
      for (let i = 0; i < 40; i++) {
        const others = r.params
          .filter(() => rand() < 0.5)
          .map((o) => `${o}=${encodeURIComponent(pick(VALID[o] ?? ["x"]))}`)
        out.push({
          url: `${r.path}?${q(r.base, [...others, `${p}=${encodeURIComponent(pick([...ok, ...HOSTILE]))}`].join("&"))}`,
        })
      }
    }
    // Random mixtures of hostile keys and values with valid parameters.
    for (let i = 0; i < 60; i++) {
      const parts = r.params
        .filter(() => rand() < 0.4)
        .map((o) => `${o}=${encodeURIComponent(pick(VALID[o] ?? ["x"]))}`)
      parts.splice(
        Math.floor(rand() * (parts.length + 1)),
        0,
        `${pick(HOSTILE_KEYS)}=${encodeURIComponent(pick(HOSTILE))}`,
      )
      out.push({ url: `${r.path}?${q(r.base, parts.join("&"))}` })
    }
    // Every method.
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"])
      out.push({ url: r.path, method })
  }
  // Hostile path segments, in every id position and after every route.
  for (const seg of HOSTILE_SEGMENTS) {
    for (const url of [
      `/api/figures/${seg}`,
      `/api/figures/${seg}/export?format=csv`,
      `/api/series/${seg}/chart`,
      `/api/series/${seg}/export?format=svg`,
      `/api/${seg}`,
      `/api/figures/genai/${seg}`,
      `/api/observations/${seg}`,
      `/api/${seg}/${seg}`,
    ])
      out.push({ url })
  }
  // Hostile Host and X-Forwarded-* on the exports.
  for (const host of HOSTILE_HOSTS) {
    for (const format of ["svg", "json", "csv"]) {
      out.push({ url: `/api/figures/cybertipline/export?format=${format}`, headers: { host }, export: true })
      out.push({
        url: `/api/series/iwf-reports-assessed/export?format=${format}&lang=ar`,
        headers: {
          "x-forwarded-host": host,
          "x-forwarded-proto": pick(["https", "javascript", "http, https", ""]),
        },
        export: true,
      })
    }
  }
  return out
}

const API_CASES = apiCases()
const MAX_REQUESTS = 6000
const TIME_BUDGET_MS = 180_000

test(`${API_CASES.length} generated hostile API requests: no 5xx, no leak, every error JSON and named`, async ({
  request,
}) => {
  test.setTimeout(TIME_BUDGET_MS + 30_000)
  expect(API_CASES.length).toBeGreaterThanOrEqual(2000)
  expect(API_CASES.length).toBeLessThanOrEqual(MAX_REQUESTS)
  const started = Date.now()
  const failures: string[] = []
  const statuses = new Map<number, number>()
  await inParallel(API_CASES, async (c) => {
    if (Date.now() - started > TIME_BUDGET_MS) throw new Error(`over the ${TIME_BUDGET_MS} ms budget`)
    const name = `${c.method ?? "GET"} ${c.url.slice(0, 100)} ${JSON.stringify(c.headers ?? {}).slice(0, 60)}`
    const res = await request.fetch(c.url, {
      method: c.method ?? "GET",
      headers: c.headers,
      maxRedirects: 0,
    })
    const status = res.status()
    statuses.set(status, (statuses.get(status) ?? 0) + 1)
    const body = c.method === "HEAD" ? "" : await res.text()
    if (status >= 500) failures.push(`${status} ${name}`)
    if (LEAKS.test(body)) failures.push(`leak in ${name}`)
    if (status === 405 && res.headers()["allow"] !== "GET, HEAD, OPTIONS")
      failures.push(`405 without Allow: ${name}`)
    if (status >= 400 && c.method !== "HEAD") {
      let json: { error?: unknown; parameter?: unknown } = {}
      try {
        json = JSON.parse(body)
      } catch {
        failures.push(`non-JSON ${status} ${name}`)
      }
      if (typeof json.error !== "string" || typeof json.parameter !== "string")
        failures.push(`unnamed ${status} ${name}`)
    }
    if (c.export && status === 200) {
      if (/localhost/.test(body) && c.headers?.host !== "localhost") failures.push(`localhost in ${name}`)
      if (/evil\.example[^:<"\s]|onload=alert|user@/.test(body)) failures.push(`hostile host in ${name}`)
    }
  })
  test.info().annotations.push({
    type: "statuses",
    description: [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(" "),
  })
  expect(failures).toEqual([])
})
