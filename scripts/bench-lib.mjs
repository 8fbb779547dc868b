// Shared by the benchmarks: a production server on loopback, a Chromium, and small statistics.
import { execFileSync, spawn } from "node:child_process"
import { readFileSync } from "node:fs"

/** The production build of these sources: made afresh with `force`, otherwise only if it is stale. */
export function ensureBuild({ force = false } = {}) {
  if (force) execFileSync("npm", ["run", "build", "--silent"], { stdio: "inherit" })
  else execFileSync("node_modules/.bin/tsx", ["scripts/ensure-build.ts"], { stdio: "inherit" })
}

/** The Chromium the tests use (Playwright's, /usr/bin/chromium or CHROME_PATH). */
export const findChrome = () => execFileSync("bash", ["scripts/find-browser.sh"], { encoding: "utf8" }).trim()

/** `next start` on 127.0.0.1 (run directly: killing an npx wrapper would leave the server running). */
export async function startServer(port) {
  const server = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], {
    stdio: "ignore",
  })
  const base = `http://127.0.0.1:${port}`
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/api/sources`)).ok) return { base, stop: () => server.kill() }
    } catch {}
    await new Promise((r) => setTimeout(r, 200))
  }
  server.kill()
  throw new Error(`the server did not start on ${base}`)
}

export const quantile = (xs, q) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]

export const median = (xs) => quantile(xs, 0.5)

/**
 * Times PNG export as a user triggers it: click the figure's PNG button, read the User Timing measure
 * "png-export" that lib/export/png.ts records (fetch the SVG, draw at 2×, encode), so the click and the
 * download dialogue are not counted. The first export loads the export code and fonts: it is reported
 * apart, as the cold start.
 */
export async function measurePngExport(browser, base, { id, locale, runs }) {
  const page = await browser.newPage({ acceptDownloads: true })
  await page.goto(`${base}${locale === "ar" ? "/ar" : "/"}`, { waitUntil: "networkidle" })
  const button = page.locator(`[data-figure-id="${id}"] [data-export-toolbar] button`).first()
  let width = 0
  for (let i = 0; i <= runs; i++) {
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()])
    if (i === 0) width = readFileSync(await download.path()).readUInt32BE(16)
    // One export at a time, as a person makes them: Chrome holds back a page's requests for about a
    // second while it finishes a download, which back-to-back clicks would measure instead of the export.
    await page.waitForTimeout(1500)
  }
  const times = await page.evaluate(() => performance.getEntriesByName("png-export").map((e) => e.duration))
  await page.close()
  const [cold, ...warm] = times
  return { width, cold, median: median(warm), p95: quantile(warm, 0.95) }
}

export const CHROME_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
