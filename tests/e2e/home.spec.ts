import { expect, test } from "@playwright/test"

test("the dashboard lists every series with its latest value, status and caveats", async ({
  page,
  request,
}) => {
  const { series } = await (await request.get("/api/series")).json()
  await page.goto("/")
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  const items = page.locator("[data-series-id]")
  await expect(items).toHaveCount(series.length)
  for (const s of series as { id: string; title: { en: string } }[]) {
    const item = page.locator(`[data-series-id="${s.id}"]`)
    await expect(item.getByRole("heading", { name: s.title.en, exact: true })).toBeVisible()
    await expect(item.locator("[data-latest-value]")).not.toBeEmpty()
    await expect(item.locator("[data-status]")).toHaveCount(1)
  }
  const reports = page.locator('[data-series-id="ncmec-cybertipline-reports"]')
  await expect(reports.locator("[data-latest-value]")).toHaveText("20.5 million")
  await expect(reports).toContainText("2024: related reports bundled into one")
})

test("'What report counts miss' shows survey and disclosure figures apart from report counts, in both languages", async ({
  page,
}) => {
  await page.goto("/")
  const gaps = page.locator("[data-report-gaps]")
  await expect(gaps.getByRole("heading", { name: "What report counts miss" })).toBeVisible()
  await expect(gaps.locator("[data-context-figure]")).toHaveCount(6)
  await expect(gaps.locator('[data-context-figure="told-helpline-or-police"]')).toContainText(
    "about 3% of children subjected to online sexual exploitation or abuse told a helpline or the police.",
  )
  await expect(gaps.locator('[data-context-figure="sexual-harm-before-18"]')).toContainText("1 in 5 children")
  await expect(gaps.locator('[data-context-figure="meta-share-of-company-reports"]')).toContainText(
    "Source: NCMEC",
  )
  // Not a chart: no marks, no axis.
  await expect(gaps.locator("svg")).toHaveCount(0)
  await page.goto("/ar")
  await expect(page.locator("[data-report-gaps] h2")).toHaveText("ما لا تكشفه أعداد البلاغات")
  await expect(
    page.locator('[data-report-gaps] [data-context-figure="sexual-harm-before-18"]'),
  ).toContainText("1 من كل 5")
})

test("the content note and support resources are on the page", async ({ page }) => {
  await page.goto("/")
  await expect(page.getByRole("heading", { name: "Content note and support resources" })).toBeVisible()
  for (const name of ["Brave Movement", "Child Helpline International", "INHOPE", "MOORE", "ReDirection"]) {
    await expect(page.locator("#support").getByRole("link", { name: new RegExp(name) })).toBeVisible()
  }
})

test("/ar is the Arabic, right-to-left edition of the same page", async ({ page }) => {
  await page.goto("/ar")
  await expect(page.locator("html")).toHaveAttribute("lang", "ar")
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl")
  await expect(page.getByRole("heading", { level: 1 })).toContainText("البلاغات")
  await expect(page.locator("[data-series-id]").first()).toBeVisible()
})

test("the language switch keeps the route", async ({ page }) => {
  await page.goto("/")
  // Once the browser has drawn a chart the page is hydrated: the switch is the final link, not its
  // placeholder (the server's drawing is there before any script).
  await expect(page.locator("[data-client-drawing] [data-mark]").first()).toBeVisible()
  await page.getByRole("link", { name: "Read this page in Arabic" }).click()
  await expect(page).toHaveURL(/\/ar$/)
  await expect(page.locator("[data-client-drawing] [data-mark]").first()).toBeVisible()
  await page.getByRole("link", { name: "اقرأ هذه الصفحة بالإنجليزية" }).click()
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/)
})

test("/en redirects to the canonical /", async ({ page }) => {
  await page.goto("/en")
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/)
})

test("the page makes no request to another origin and logs no error", async ({ page, baseURL }) => {
  const offOrigin: string[] = []
  const errors: string[] = []
  page.on("request", (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith("data:")) offOrigin.push(r.url())
  })
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()))
  page.on("pageerror", (e) => errors.push(e.message))
  await page.goto("/")
  await page.waitForLoadState("networkidle")
  expect(offOrigin).toEqual([])
  expect(errors).toEqual([])
})

// A briefing room's laptop may block scripts, and the static-baseline bench strips them: every figure
// must be in place in the server HTML, not streamed into a hidden slot that a script moves into place.
for (const path of ["/", "/ar"]) {
  test(`${path} reads in full without JavaScript`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
    const page = await context.newPage()
    await page.goto(path)
    const figures = page.locator("[data-figure-id]")
    await expect(figures).toHaveCount(7)
    for (const figure of await figures.all()) {
      await expect(figure.locator("[data-takeaway]")).toBeVisible()
      await expect(figure.getByRole("note")).toBeVisible()
    }
    await expect(page.locator("[hidden] [data-figure-id]")).toHaveCount(0)
    await context.close()
  })
}

test("on the pages whose query is the view, the server HTML's language link already keeps it", async ({
  request,
}) => {
  // So a click before the page has hydrated (a slow laptop) still lands on the same view.
  for (const [path, target] of [
    [
      "/compare?series=inhope-reports&from=2023&to=2024",
      "/ar/compare?series=inhope-reports&amp;from=2023&amp;to=2024",
    ],
    ["/briefing?slide=3", "/ar/briefing?slide=3"],
    ["/ar/compare?series=iwf-reports-assessed", "/compare?series=iwf-reports-assessed"],
  ]) {
    const html = await (await request.get(path!)).text()
    expect(html, path).toContain(`href="${target}"`)
  }
})

test("the series list links each source to its page, where every series says what it counts", async ({
  page,
  request,
}) => {
  const { series } = await (await request.get("/api/series")).json()
  const ncmec = (series as { id: string; sourceId: string; definition: { en: string } }[]).filter(
    (s) => s.sourceId === "ncmec",
  )
  await page.goto("/")
  await page
    .locator('section[aria-labelledby="source-ncmec"]')
    .getByRole("link", { name: /What each NCMEC series counts/ })
    .click()
  await expect(page).toHaveURL(/\/sources\/ncmec$/)
  for (const s of ncmec) {
    const definition = page.locator(`[data-series-chart="${s.id}"] [data-definition]`)
    await expect(definition).toContainText("What is counted:")
    await expect(definition).toContainText(s.definition.en)
  }
})
