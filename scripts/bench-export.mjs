// `npm run bench:export`: times PNG export (fetch the SVG, draw at 2×, encode) in Chromium, as users run it.
// Prints one row per figure and language; the figure is the User Timing measure "png-export" that
// lib/export/png.ts records, so the click and the download dialogue are not counted.
import { execFileSync, spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { chromium } from "@playwright/test"

const PORT = Number(process.env.BENCH_PORT ?? 3290)
const RUNS = Number(process.env.BENCH_RUNS ?? 12)
const base = `http://127.0.0.1:${PORT}`
const cases = [
  ["cybertipline", "en"],
  ["genai", "en"],
  ["hosting", "en"],
  ["cybertipline", "ar"],
]

if (!existsSync(".next/BUILD_ID")) execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" })
const chrome = execFileSync("bash", ["scripts/find-browser.sh"], { encoding: "utf8" }).trim()
const server = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(PORT)], {
  stdio: "ignore",
})

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/sources`)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error("server did not start")
}

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]

try {
  await waitForServer()
  const browser = await chromium.launch({
    executablePath: chrome,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  })
  const rows = []
  for (const [id, locale] of cases) {
    const page = await browser.newPage({ acceptDownloads: true })
    await page.goto(`${base}${locale === "ar" ? "/ar" : "/"}`, { waitUntil: "networkidle" })
    const button = page.locator(`[data-figure-id="${id}"] [data-export-toolbar] button`).first()
    let width = 0
    for (let i = 0; i <= RUNS; i++) {
      const [download] = await Promise.all([page.waitForEvent("download"), button.click()])
      const path = await download.path()
      if (i === 0) width = (await import("node:fs")).readFileSync(path).readUInt32BE(16)
      // One export at a time, as a person makes them: Chrome holds back a page's requests for about a
      // second while it finishes a download, which back-to-back clicks would measure instead of the export.
      await page.waitForTimeout(1500)
    }
    // The first run loads the export code and fonts: report it apart, as a cold start.
    const times = await page.evaluate(() => performance.getEntriesByName("png-export").map((e) => e.duration))
    const [cold, ...warm] = times
    rows.push({
      figure: id,
      locale,
      "width px": width,
      "cold ms": Math.round(cold),
      "median ms": Math.round(quantile(warm, 0.5)),
      "p95 ms": Math.round(quantile(warm, 0.95)),
    })
    await page.close()
  }
  await browser.close()
  console.log(`PNG export at 2×, ${RUNS} warm runs each (target: median ≤ 150 ms for a typical figure)`)
  console.table(rows)
} finally {
  server.kill()
}
