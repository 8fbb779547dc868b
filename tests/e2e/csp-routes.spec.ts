import { expect, test, type Page } from "@playwright/test"
import { QUERY_VIEW_PAGES } from "@/lib/http/query-views"

// Every page's Content-Security-Policy must allow the inline scripts of the route Next actually serves.
// The proxy used to predict that route and got it wrong for empty query-view values and percent-encoded
// path segments: the page painted, but its scripts were blocked and it never became interactive
// (review M3). This loads those URL shapes, and a generated set of empty, repeated, encoded and
// mixed-case variants, in the browser: no CSP violation, and the page hydrates.

/** A valid value for each query-view key, so that a variant can also be a real selection. */
const VALID: Record<string, string> = {
  source: "ncmec",
  series: "ncmec-genai-reports",
  from: "2023",
  to: "2024",
  adjusted: "false",
  figures: "genai,iwf",
  year: "2024",
  slide: "2",
  view: "presenter",
}

const encodeFirst = (key: string) => `%${key.charCodeAt(0).toString(16)}${key.slice(1)}`
const mixedCase = (key: string) => `${key[0]!.toUpperCase()}${key.slice(1)}`

function generated(): string[] {
  const urls = new Set<string>([
    // The shapes the review found.
    "/compare?series=",
    "/briefing?slide=",
    "/briefing?figures=",
    "/briefing?view=",
    "/briefing?year=",
    "/figures/%67enai",
    "/sources/%6ecmec",
    "/embed/%67enai",
  ])
  for (const [page, keys] of Object.entries(QUERY_VIEW_PAGES)) {
    for (const [i, key] of keys.entries()) {
      const v = VALID[key] ?? "x"
      // English gets every key; Arabic every other one, to keep the run short.
      const prefixes = i % 2 === 0 ? ["", "/ar"] : [""]
      for (const prefix of prefixes) {
        for (const query of [
          `${key}=`,
          key,
          `${key}=&${key}=`,
          `${key}=&${key}=${v}`,
          `${mixedCase(key)}=${v}`,
          `${encodeFirst(key)}=${v}`,
          `${encodeFirst(key)}=`,
        ])
          urls.add(`${prefix}${page}?${query}`)
      }
    }
  }
  for (const path of [
    "/figures/%67%65%6e%61%69",
    "/ar/figures/%67enai",
    "/sources/%6Ecmec",
    "/ar/embed/%67enai",
    "/figures/genai?lang=%67",
    "/COMPARE?series=ncmec-genai-reports",
    // Prerendered view routes (/en/briefing/slide/3), and slide queries that still reach the selection route.
    "/briefing?slide=3",
    "/ar/briefing?slide=15",
    "/briefing?slide=3&utm_source=x",
    "/briefing?slide=3&view=presenter",
    "/briefing?slide=99",
    "/briefing?slide=03",
    // Prerendered compare views (/en/compare/series/x, /ar/compare/from/2024-H1/to/2025-H1), one with a
    // key the page ignores, and neighbours that reach the selection route or are redirected (a repeat).
    "/compare?series=ncmec-genai-reports",
    "/ar/compare?from=2024-H1&to=2025-H1",
    "/compare?from=2023&to=2024&utm_source=x",
    "/compare?series=ncmec-genai-reports&from=2024-H1",
    "/compare?from=2024&to=2023",
    "/compare?series=iwf-ai-imagery&series=ncmec-genai-reports",
    "/ar/briefing?slide=5&slide=3",
  ])
    urls.add(path)
  return [...urls]
}

// Paths that are not pages: they must still hydrate their 404 page without a violation.
const NOT_FOUND = [
  "/%61r/figures/genai",
  "/Figures/genai",
  "/figures/%2567enai",
  "/figures/GENAI",
  "/ar/nope",
]

async function collectViolations(page: Page): Promise<string[]> {
  const errors: string[] = []
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource: .*404/.test(m.text())) errors.push(m.text())
  })
  page.on("pageerror", (e) => errors.push(e.message))
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI || "inline"}`),
    )
  })
  return errors
}

/** The page hydrated: the app marked <html data-hydrated>, and the page's script-only controls are enabled. */
async function expectInteractive(page: Page, url: string) {
  await expect(page.locator("html"), `${url} hydrates`).toHaveAttribute("data-hydrated", "")
  if (/\/briefing/i.test(url)) await expect(page.locator(".deck[data-ready]"), url).toHaveCount(1)
  else if (/\/compare/i.test(url)) await expect(page.locator("fieldset").first(), url).toBeEnabled()
  else if (/\/(?:figures|embed|sources)\//.test(url) && !NOT_FOUND.includes(url))
    await expect(page.locator("[data-export-toolbar] button").first(), url).toBeEnabled()
}

const URLS = generated()

test("the generated set covers every shape", () => {
  expect(URLS.length).toBeGreaterThan(60)
})

// A few URLs per test keep each test short and let the two workers share the list.
const CHUNK = 8
for (let i = 0; i < URLS.length; i += CHUNK) {
  const chunk = URLS.slice(i, i + CHUNK)
  test(`no CSP violation and an interactive page: ${chunk[0]} … (${chunk.length})`, async ({ page }) => {
    test.setTimeout(90_000)
    const errors = await collectViolations(page)
    for (const url of chunk) {
      const res = await page.goto(url)
      expect(res?.status(), url).toBe(200)
      await expectInteractive(page, url)
      const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)
      expect(violations, url).toEqual([])
    }
    expect(errors).toEqual([])
  })
}

test("paths that are not pages get a 404 page that hydrates, with no CSP violation", async ({ page }) => {
  test.setTimeout(60_000)
  const errors = await collectViolations(page)
  for (const url of NOT_FOUND) {
    const res = await page.goto(url)
    expect(res?.status(), url).toBe(404)
    await expectInteractive(page, url)
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), url).toEqual([])
  }
  expect(errors).toEqual([])
})
