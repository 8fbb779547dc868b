// `npm run bench`: builds, serves on loopback and prints every figure issues 8 and 17 ask for, with its target:
//   1. mobile Lighthouse (default simulated throttling) for /, /compare, /briefing and /ar, for the query
//      views rendered on demand (/compare?series=…, /compare?from=…&to=…, /briefing?slide=…,
//      /ar/compare?series=…), and for a static baseline of each (the page's own server HTML with every
//      script removed);
//   2. the size of what each route loads: its scripts, its HTML and React's payload, raw and gzipped;
//   3. PNG export time of one figure;
//   4. autocannon, 50 connections × 10 s, on /, the query views, the SVG export of one figure and
//      /api/observations?format=csv.
// It reports; it is not a test. Options: --runs=N Lighthouse runs per page (median run kept, default 3),
// --no-build to reuse the current build if it matches the sources, --json=FILE to also write the figures
// as JSON, --routes=default|query|all (below). BENCH_PORT (default 3300) is the app's port; the baseline
// uses the next one.
import { createServer, request as httpRequest } from "node:http"
import { writeFileSync } from "node:fs"
import { cpus, totalmem } from "node:os"
import { gzipSync } from "node:zlib"
import autocannon from "autocannon"
import * as chromeLauncher from "chrome-launcher"
import lighthouse from "lighthouse"
import { computeMedianRun } from "lighthouse/core/lib/median-run.js"
import { chromium } from "@playwright/test"
import { CHROME_FLAGS, ensureBuild, findChrome, measurePngExport, startServer } from "./bench-lib.mjs"

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=")
    return [k, v ?? true]
  }),
)
const RUNS = Number(args.runs ?? 3)
const SERIES = "ncmec-cybertipline-reports"
/**
 * The query views (lib/http/query-views.ts): rendered on demand, so they load as the prerendered pages do
 * not, except /briefing?slide=3, which is now a prerendered slide route; kept to compare with earlier reports.
 */
const QUERY_VIEWS = [
  `/compare?series=${SERIES}`,
  "/compare?from=2023&to=2024",
  "/briefing?slide=3",
  `/ar/compare?series=${SERIES}`,
]
const DEFAULT_VIEWS = ["/", "/compare", "/briefing", "/ar"]
/** The SVG export was the cheapest request to saturate the server with (issue 17): it is now cached. */
const SVG_EXPORT = "/api/figures/cybertipline/export?format=svg"
const API_PATHS = [SVG_EXPORT, "/api/observations?format=csv"]
// --routes=default or --routes=query runs one group alone, for a report with more runs per page in the
// time one machine is quiet; the default, all, runs both.
const GROUPS = {
  all: { routes: [...DEFAULT_VIEWS, ...QUERY_VIEWS], load: ["/", ...QUERY_VIEWS, ...API_PATHS] },
  default: { routes: DEFAULT_VIEWS, load: ["/", ...API_PATHS] },
  query: { routes: QUERY_VIEWS, load: QUERY_VIEWS },
}
const GROUP = GROUPS[args.routes ?? "all"]
if (!GROUP) throw new Error(`--routes must be one of ${Object.keys(GROUPS).join(", ")}, not ${args.routes}`)
const ROUTES = GROUP.routes
const LOAD_PATHS = GROUP.load
// BENCH_PORT moves both servers, for a machine where another test run holds 3300 (an e2e run on 3250
// starts its proxy-address servers on 3300 and 3301).
const APP_PORT = Number(process.env.BENCH_PORT ?? 3300)
const BASELINE_PORT = APP_PORT + 1
const TARGET = { performance: 95, accessibility: 100, bestPractices: 100, lcpRatio: 1.5, cls: 0.02 }

/** The page's own HTML with every script removed: what a hand-written static page of the same content costs. */
const stripScripts = (html) =>
  html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, "")
    .replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*\bas="script"[^>]*>/gi, "")
    .replace(/<link\b[^>]*\bas="script"[^>]*\brel="preload"[^>]*>/gi, "")

/**
 * Serves each route's script-free HTML at the same path, gzipped like the app's, and passes every other
 * request (CSS, fonts, images) through to the app, so the baseline loads exactly the same styles and fonts.
 */
async function startBaseline(appBase) {
  const pages = new Map()
  for (const route of ROUTES) pages.set(route, stripScripts(await (await fetch(appBase + route)).text()))
  const app = new URL(appBase)
  const server = createServer((req, res) => {
    // Path and query: /compare and /compare?series=… are different pages.
    const url = new URL(req.url, "http://x")
    const path = url.pathname + url.search
    if (req.method === "GET" && pages.has(path)) {
      // Compressed as the app's own HTML is (next start gzips), so the comparison is like for like.
      const gzip = /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
        ...(gzip ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}),
      })
      res.end(gzip ? gzipSync(pages.get(path)) : pages.get(path))
      return
    }
    const upstream = httpRequest(
      { host: app.hostname, port: app.port, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers)
        up.pipe(res)
      },
    )
    req.pipe(upstream)
  })
  await new Promise((resolve) => server.listen(BASELINE_PORT, "127.0.0.1", resolve))
  return { base: `http://127.0.0.1:${BASELINE_PORT}`, stop: () => server.close() }
}

async function runLighthouse(port, url) {
  const { lhr } = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices"],
  })
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`)
  return lhr
}

function summarise(lhr) {
  const score = (id) => Math.round((lhr.categories[id].score ?? 0) * 100)
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN
  const requests = lhr.audits["network-requests"]?.details?.items ?? []
  const scripts = requests.filter((r) => r.resourceType === "Script").map((r) => r.url)
  // The HTML itself, and React's payload: a file of its own on prerendered pages
  // (lib/build/defer-hydration.ts), inside the HTML on a page rendered on demand.
  const documents = requests.filter((r) => r.resourceType === "Document").map((r) => r.url)
  const payloads = requests
    .filter((r) => /^\/_next\/static\/payload\/[^/]+\.json$/.test(new URL(r.url).pathname))
    .map((r) => r.url)
  const failed = (category) =>
    lhr.categories[category].auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
      .map((ref) => ref.id)
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    fcp: audit("first-contentful-paint"),
    scripts,
    documents: documents.slice(0, 1),
    payloads,
    failing: [...failed("accessibility"), ...failed("best-practices")],
  }
}

/**
 * Lighthouse's own advice for variable results: run several times and report the median run, chosen by
 * its computeMedianRun (the run closest to the median FCP and time to interactive). Every run's
 * performance score is kept so the spread is visible.
 */
async function medianRun(port, url) {
  const lhrs = []
  for (let i = 0; i < RUNS; i++) lhrs.push(await runLighthouse(port, url))
  return { ...summarise(computeMedianRun(lhrs)), runs: lhrs.map((l) => summarise(l).performance) }
}

async function bytesOf(urls) {
  let raw = 0
  let gzip = 0
  for (const url of new Set(urls)) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer())
    raw += body.length
    gzip += gzipSync(body).length
  }
  return { count: new Set(urls).size, raw, gzip }
}

async function load(url) {
  const r = await autocannon({ url, connections: 50, duration: 10, headers: { "accept-encoding": "gzip" } })
  return {
    requestsPerSecond: r.requests.average,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + r.non2xx,
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
const ms = (v) => `${Math.round(v)} ms`
const mark = (ok) => (ok ? "✓" : "✗ MISSED")
const table = (header, rows) =>
  [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n")

ensureBuild({ force: !args["no-build"] })
const app = await startServer(APP_PORT)
const baseline = await startBaseline(app.base)
const chromePath = findChrome()
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", ...CHROME_FLAGS] })
const results = { date: new Date().toISOString(), machine: "", pages: [], load: [], png: null }
let allOnTarget = true
try {
  // Warm the server (first renders fill its caches), as a deployed server would be.
  for (const route of ROUTES) await fetch(app.base + route)

  for (const route of ROUTES) {
    process.stderr.write(`Lighthouse ${route} (${RUNS} runs, then baseline)…\n`)
    const page = await medianRun(chrome.port, app.base + route)
    const base = await medianRun(chrome.port, baseline.base + route)
    const bytes = {
      scripts: await bytesOf(page.scripts),
      document: await bytesOf(page.documents),
      payload: await bytesOf(page.payloads),
    }
    results.pages.push({ route, page, baseline: base, ...bytes })
  }

  process.stderr.write("PNG export…\n")
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROME_FLAGS })
  results.png = {
    id: "cybertipline",
    locale: "en",
    ...(await measurePngExport(browser, app.base, { id: "cybertipline", locale: "en", runs: 8 })),
  }
  await browser.close()

  for (const path of LOAD_PATHS) {
    process.stderr.write(`autocannon ${path}…\n`)
    results.load.push({ path, ...(await load(app.base + path)) })
  }
} finally {
  await chrome.kill()
  baseline.stop()
  app.stop()
}

results.machine = `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Lighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}`

const pageRows = results.pages.map(({ route, page, baseline: base }) => {
  const ratio = page.lcp / base.lcp
  const ok =
    page.performance >= TARGET.performance &&
    page.accessibility >= TARGET.accessibility &&
    page.bestPractices >= TARGET.bestPractices &&
    ratio <= TARGET.lcpRatio &&
    page.cls <= TARGET.cls
  allOnTarget &&= ok
  return [
    route,
    `${page.performance} (${page.runs.join("/")})`,
    page.accessibility,
    page.bestPractices,
    ms(page.lcp),
    ms(page.tbt),
    page.cls.toFixed(3),
    `${base.performance}`,
    ms(base.lcp),
    ratio.toFixed(2),
    mark(ok),
  ]
})
const scriptRows = results.pages.map(({ route, scripts, document, payload }) => [
  route,
  scripts.count,
  kb(scripts.raw),
  kb(scripts.gzip),
  kb(document.raw),
  kb(document.gzip),
  payload.count ? `${kb(payload.raw)} (${kb(payload.gzip)})` : "in the HTML",
])
const loadRows = results.load.map((l) => {
  allOnTarget &&= l.errors === 0
  return [l.path, Math.round(l.requestsPerSecond), ms(l.p99), l.errors, mark(l.errors === 0)]
})

const failing = results.pages.flatMap(({ route, page }) => page.failing.map((id) => `${route}: ${id}`))
console.log(`
## Bench, ${results.date.slice(0, 10)}: ${results.machine}

Mobile Lighthouse, simulated throttling, median run of ${RUNS} (Lighthouse's computeMedianRun; performance of each run in brackets).
Targets: performance ≥ ${TARGET.performance}; accessibility and best practices ${TARGET.accessibility};
LCP ≤ ${TARGET.lcpRatio}× the static baseline; CLS ≤ ${TARGET.cls}.

${table(["route", "perf", "a11y", "best pr.", "LCP", "TBT", "CLS", "baseline perf", "baseline LCP", "LCP ratio", "on target"], pageRows)}
${failing.length ? `\nFailing accessibility / best-practice audits: ${failing.join(", ")}\n` : ""}
What each route loads (gzip at the default level): its scripts, its HTML, and React's payload for
hydration (a file fetched at the first paint on a prerendered page, part of the HTML on a page rendered
on demand):

${table(["route", "scripts", "raw", "gzip", "HTML raw", "HTML gzip", "payload raw (gzip)"], scriptRows)}

PNG export of ${results.png.id} (${results.png.locale}, ${results.png.width} px): cold ${ms(results.png.cold)}, median ${ms(results.png.median)}, p95 ${ms(results.png.p95)}.

autocannon, 50 connections × 10 s, gzip accepted:

${table(["path", "requests/s", "p99", "errors", "on target"], loadRows)}

${allOnTarget ? "All figures on target." : "Some figures MISSED their target (marked ✗)."}`)

if (args.json) writeFileSync(String(args.json), JSON.stringify(results, null, 2))
