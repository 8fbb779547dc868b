import { expect, test, type Page } from "@playwright/test"

// Guards of build steps, not user stories: each test here checks that a step of `npm run build`
// (scripts/build.ts and what it runs after `next build`) has left its mark on the build being served:
// V8's compile hint on the start-up scripts (scripts/compile-hints.ts), scripts and React's payload deferred
// until after first paint (scripts/rewrite-pages.ts, which writes data-hydrate=), and the default views prerendered
// (lib/http/query-views.ts). They fail when a step did not run or its output changed shape, not when
// a reader's experience changed; the user stories are in the other specs.

function trackErrors(page: Page): string[] {
  const errors: string[] = []
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()))
  page.on("pageerror", (e) => errors.push(e.message))
  return errors
}

const nonceOf = (csp: string | undefined) => /'nonce-[^']+'/.exec(csp ?? "")?.[0]

test("the start-up scripts open with V8's compile hint; the chart drawing, loaded later, does not", async ({
  page,
}) => {
  // The build step (scripts/compile-hints.ts) must have run on the build being served. The hint says
  // every function runs on load, which is false of the lazily loaded drawing code (Recharts).
  const bodies = new Map<string, Promise<string>>()
  page.on("response", (r) => {
    const path = new URL(r.url()).pathname
    if (path.startsWith("/_next/static/") && path.endsWith(".js")) bodies.set(path, r.text())
  })
  await page.goto("/")
  // The browser's drawing: hydrated, and the chart code loaded after start-up.
  await expect(
    page.locator('[data-figure-id="cybertipline"] [data-client-drawing] [data-mark]').first(),
  ).toBeVisible()
  const startup = (await page.locator("script[data-hydrate]").getAttribute("data-hydrate"))!.split(" ")
  expect(startup.length).toBeGreaterThan(5)
  const hinted = async (path: string) =>
    (await bodies.get(path)!).startsWith("//# allFunctionsCalledOnLoad\n")
  for (const path of startup) expect(await hinted(path), path).toBe(true)
  const later = [...bodies.keys()].filter((path) => !startup.includes(path))
  expect(later.length).toBeGreaterThan(0)
  for (const path of later) expect(await hinted(path), path).toBe(false)
})

test("prerendered pages paint before their start-up scripts and payload are requested, then hydrate without errors", async ({
  page,
}) => {
  // The post-build step (scripts/rewrite-pages.ts) must have run on the build being served.
  const errors = trackErrors(page)
  for (const path of ["/", "/ar", "/sources/ncmec"]) {
    await page.goto(path)
    // Hydrated: the browser's drawing of the first chart is a client component, drawn once React runs.
    await expect(page.locator("[data-chart-panel] [data-client-drawing] [data-mark]").first()).toBeVisible()
    const timing = await page.evaluate(() => ({
      // paintTime is the rendering update that drew the frame; startTime is when it reached the screen,
      // which can be later than the loader's timeout that runs right after the update.
      paint: (performance.getEntriesByName("first-paint")[0] as { paintTime?: number } | undefined)
        ?.paintTime,
      scripts: performance
        .getEntriesByType("resource")
        .filter((e) => new URL(e.name).pathname.startsWith("/_next/static/") && e.name.endsWith(".js"))
        .map((e) => e.startTime),
      payload: performance
        .getEntriesByType("resource")
        .filter((e) => /^\/_next\/static\/payload\/[0-9a-f]+\.json$/.test(new URL(e.name).pathname))
        .map((e) => e.startTime),
    }))
    expect(timing.paint, path).toBeDefined()
    expect(timing.scripts.length, path).toBeGreaterThan(5)
    for (const start of timing.scripts) expect(start, path).toBeGreaterThanOrEqual(timing.paint!)
    // React's payload is not in the document: one JSON file, requested after the paint, hydrates it.
    const html = await (await page.request.get(path)).text()
    expect(html, path).not.toContain("self.__next_f.push(")
    expect(timing.payload, path).toHaveLength(1)
    expect(timing.payload[0]!, path).toBeGreaterThanOrEqual(timing.paint!)
  }
  expect(errors).toEqual([])
})

for (const prefix of ["", "/ar"]) {
  test(`${prefix || "/"}: /compare and /briefing without a query are the prerendered pages`, async ({
    request,
  }) => {
    for (const page of ["/compare", "/briefing"]) {
      const res = await request.get(`${prefix}${page}`)
      expect(res.status()).toBe(200)
      expect(nonceOf(res.headers()["content-security-policy"]), page).toBeUndefined()
      expect(res.headers()["cache-control"], page).toMatch(/s-maxage=\d+/)
      expect(await res.text(), page).toContain("data-hydrate=")
      // Parameters the page does not read do not change that.
      const other = await request.get(`${prefix}${page}?utm_source=mail`)
      expect(nonceOf(other.headers()["content-security-policy"]), page).toBeUndefined()
    }
  })
}
