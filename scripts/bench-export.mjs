// `npm run bench:export`: PNG export time for several figures and both languages, in Chromium.
import { chromium } from "@playwright/test"
import { CHROME_FLAGS, ensureBuild, findChrome, measurePngExport, startServer } from "./bench-lib.mjs"

const PORT = Number(process.env.BENCH_PORT ?? 3290)
const RUNS = Number(process.env.BENCH_RUNS ?? 12)
const cases = [
  ["cybertipline", "en"],
  ["genai", "en"],
  ["hosting", "en"],
  ["cybertipline", "ar"],
]

ensureBuild()
const server = await startServer(PORT)
try {
  const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_FLAGS })
  const rows = []
  for (const [id, locale] of cases) {
    const r = await measurePngExport(browser, server.base, { id, locale, runs: RUNS })
    rows.push({
      figure: id,
      locale,
      "width px": r.width,
      "cold ms": Math.round(r.cold),
      "median ms": Math.round(r.median),
      "p95 ms": Math.round(r.p95),
    })
  }
  await browser.close()
  console.log(`PNG export at 2×, ${RUNS} warm runs each (target: median ≤ 150 ms for a typical figure)`)
  console.table(rows)
} finally {
  server.stop()
}
