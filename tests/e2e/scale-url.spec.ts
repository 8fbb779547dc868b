import { expect, test, type Locator, type Page } from "@playwright/test"

// The log/linear choice is in the address (lib/url/scale-param.ts): a link restores it, a switch replaces
// the address without scrolling, and the downloads, copied link and embed code keep it.

const LINEAR = "genai-ncmec:linear"
const nonceOf = (csp: string | undefined) => /'nonce-[^']+'/.exec(csp ?? "")?.[0]
const chartTools = (figure: Locator) => figure.locator('[data-export-part="chart"]')

function trackErrors(page: Page): string[] {
  const errors: string[] = []
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()))
  page.on("pageerror", (e) => errors.push(e.message))
  return errors
}

const scaleOf = (page: Page) => new URL(page.url()).searchParams.get("scale")

test("home: a link with the scale restores it, and a switch replaces the address without scrolling", async ({
  page,
}) => {
  const errors = trackErrors(page)
  await page.goto(`/?utm_source=mail&scale=${LINEAR}`)
  const genai = page.locator('[data-figure-id="genai"]')
  await expect(genai.locator("[data-scale]")).toHaveAttribute("data-scale", "linear")
  await expect(genai.getByRole("button", { name: "Show on a logarithmic scale" })).toBeEnabled()
  // Only the panel named is switched: the other figures have no switch and keep their scale.
  await expect(page.locator("[data-scale]")).toHaveCount(1)

  await genai.getByRole("button", { name: "Show on a logarithmic scale" }).scrollIntoViewIfNeeded()
  const before = await page.evaluate(() => ({ y: window.scrollY, entries: history.length }))
  expect(before.y).toBeGreaterThan(0)
  await genai.getByRole("button", { name: "Show on a logarithmic scale" }).click()
  await expect(genai.locator("[data-scale]")).toHaveAttribute("data-scale", "log")
  // Back at the default: the address loses the entry and keeps the rest.
  await expect.poll(() => page.url()).toMatch(/\/\?utm_source=mail$/)
  await genai.getByRole("button", { name: "Show on a linear scale" }).click()
  await expect(genai.locator("[data-scale]")).toHaveAttribute("data-scale", "linear")
  await expect.poll(() => scaleOf(page)).toBe(LINEAR)
  expect(page.url()).toContain(`scale=${LINEAR}`)
  const after = await page.evaluate(() => ({ y: window.scrollY, entries: history.length }))
  expect(after).toEqual(before)

  await page.reload()
  await expect(genai.locator("[data-scale]")).toHaveAttribute("data-scale", "linear")
  expect(errors).toEqual([])
})

test("ar figure page: the scale in the address restores and updates", async ({ page }) => {
  const errors = trackErrors(page)
  await page.goto(`/ar/figures/genai?scale=${LINEAR}`)
  const genai = page.locator('[data-figure-id="genai"]')
  await expect(genai.locator("[data-scale]")).toHaveAttribute("data-scale", "linear")
  await genai.locator("[data-scale] + button").click()
  await expect(genai.locator("[data-scale]")).toHaveAttribute("data-scale", "log")
  await expect.poll(() => page.url()).toMatch(/\/ar\/figures\/genai$/)
  await genai.locator("[data-scale] + button").click()
  await expect.poll(() => scaleOf(page)).toBe(LINEAR)
  await expect(genai.locator("[data-mark]")).toHaveCount(4)
  expect(errors).toEqual([])
})

test("a scale that cannot be read is ignored, without an error", async ({ page }) => {
  const errors = trackErrors(page)
  for (const query of ["genai-ncmec:cubic", "genai-ncmec", ":linear,,", "%E0%A4%A", "GENAI-NCMEC:LINEAR"]) {
    const res = await page.goto(`/figures/genai?scale=${query}`)
    expect(res?.status(), query).toBe(200)
    const genai = page.locator('[data-figure-id="genai"]')
    await expect(genai.getByRole("button", { name: "Show on a linear scale" }), query).toBeEnabled()
    await expect(genai.locator("[data-scale]"), query).toHaveAttribute("data-scale", "log")
  }
  expect(errors).toEqual([])
})

test("a page with a scale in its address is still the prerendered page", async ({ request }) => {
  for (const path of ["/", "/ar", "/figures/genai", "/embed/genai"]) {
    const plain = await request.get(path)
    const withScale = await request.get(`${path}?scale=${LINEAR}`)
    expect(withScale.status(), path).toBe(200)
    expect(nonceOf(withScale.headers()["content-security-policy"]), path).toBeUndefined()
    expect(withScale.headers()["cache-control"], path).toBe(plain.headers()["cache-control"])
    expect(withScale.headers()["cache-control"], path).toMatch(/s-maxage=\d+/)
    expect(await withScale.text(), path).toContain("data-hydrate=")
  }
})

test("the image, the copied link and the embed code keep the chosen scale", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"])
  await page.goto("/")
  const genai = page.locator('[data-figure-id="genai"]')
  const svg = chartTools(genai).getByRole("link", { name: /SVG/ })
  await expect(genai.getByRole("button", { name: "Show on a linear scale" })).toBeEnabled()
  await expect(svg).not.toHaveAttribute("href", /scale=/)
  await genai.getByRole("button", { name: "Show on a linear scale" }).click()
  await expect(svg).toHaveAttribute("href", /[?&]scale=linear(&|$)/)
  // The file drawn is the linear one: the API's own log note is not in it.
  const res = await page.request.get((await svg.getAttribute("href"))!)
  expect(res.status()).toBe(200)
  expect(await res.text()).not.toContain("Logarithmic scale")
  // The other downloads have no scale (the API refuses one for a workbook or a slide).
  for (const name of [/CSV/, /JSON/, /PowerPoint/, /spreadsheet/])
    await expect(chartTools(genai).getByRole("link", { name })).not.toHaveAttribute("href", /scale=/)
  // Another figure's files do not follow genai's choice.
  await expect(
    chartTools(page.locator('[data-figure-id="cybertipline"]')).getByRole("link", { name: /SVG/ }),
  ).not.toHaveAttribute("href", /scale=/)

  await chartTools(genai).getByRole("button", { name: "Copy link" }).click()
  await expect(chartTools(genai).locator("[data-export-status]")).toHaveText("Link copied to the clipboard")
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/figures/genai?scale=${LINEAR}`,
  )
  await genai.locator("summary", { hasText: "Embed code" }).click()
  await expect(genai.locator("[data-embed-code]")).toHaveValue(
    new RegExp(`^<iframe src="${baseURL}/embed/genai\\?scale=${LINEAR}" `),
  )
  // And the embed opened with it draws the linear scale.
  await page.goto(`/embed/genai?scale=${LINEAR}`)
  await expect(page.locator("[data-scale]")).toHaveAttribute("data-scale", "linear")
})
