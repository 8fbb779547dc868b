import { expect, test } from "@playwright/test"

// /compare and /briefing: the default view is prerendered (cacheable, paints before its scripts); a
// request with one of the page's parameters is rendered on demand at the same address
// (lib/http/query-views.ts).

const nonceOf = (csp: string | undefined) => /'nonce-[^']+'/.exec(csp ?? "")?.[0]

test("with a query, each page is rendered on demand at the same address, showing that view", async ({
  request,
}) => {
  const compare = await request.get("/compare?series=ncmec-genai-reports&from=2024-H1")
  expect(nonceOf(compare.headers()["content-security-policy"])).toBeDefined()
  expect(compare.headers()["cache-control"]).toContain("no-store")
  const compareHtml = await compare.text()
  expect(compareHtml).toMatch(/value="ncmec-genai-reports" selected=""/)
  expect(compareHtml).toContain('data-comparison="ncmec-genai-reports:2024-H1:2025-H1"')

  const briefing = await request.get("/ar/briefing?slide=3")
  expect(nonceOf(briefing.headers()["content-security-policy"])).toBeDefined()
  expect(await briefing.text()).toMatch(/data-slide-id="cybertipline" data-current="true"/)
})

test("the on-demand routes have no address of their own: they redirect to the page", async ({ request }) => {
  for (const [from, to] of [
    ["/compare/selection?series=x", "/compare?series=x"],
    ["/ar/briefing/selection?slide=2", "/ar/briefing?slide=2"],
  ]) {
    const res = await request.get(from!, { maxRedirects: 0 })
    expect(res.status(), from).toBe(308)
    expect(res.headers().location, from).toBe(to)
  }
})

test("a change on the prerendered /compare moves to a selection and back, keeping the focus", async ({
  page,
}) => {
  await page.goto("/compare")
  const series = page.getByLabel("Series", { exact: true })
  // The controls are disabled until the page has hydrated.
  await expect(series).toBeEnabled()
  await series.focus()
  await series.selectOption("ncmec-genai-reports")
  await expect(page).toHaveURL(/\?series=ncmec-genai-reports$/)
  await expect(page.locator('[data-comparison^="ncmec-genai-reports:"]')).toHaveCount(2)
  await expect(series).toBeFocused()
  await series.selectOption("")
  await expect(page).toHaveURL(/\/compare$/)
  await expect(series).toBeFocused()
})

test("the closing slide gives the full address of the sources page once the deck runs", async ({
  page,
  baseURL,
}) => {
  await page.goto("/briefing")
  await page.keyboard.press("End")
  await expect(page.locator('[data-slide-id="closing"]')).toContainText(`${baseURL}/sources`)
})
