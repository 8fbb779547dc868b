import { expect, test } from "@playwright/test"
import { ESSENTIALS } from "@/lib/i18n/essentials"

// A path that is no page gets the site's own 404 page: server HTML in the site's layout, in the path's
// language and direction, with the content note, the support resources and a way back. It used to be
// Next's bare English page.

const MISSING: [string, "en" | "ar"][] = [
  ["/does-not-exist", "en"],
  ["/ar/does-not-exist", "ar"],
  ["/figures/nope", "en"],
  ["/ar/figures/nope", "ar"],
  ["/sources/nope", "en"],
  ["/embed/nope", "en"],
  ["/ar/embed/nope", "ar"],
  ["/figures/genai/extra", "en"],
  ["/briefing/x", "en"],
  ["/page-not-found", "en"],
  ["/icon%2Esvg", "en"],
]

for (const [path, locale] of MISSING) {
  test(`${path} is a 404 in ${locale}, in the site's layout, as server HTML`, async ({ request }) => {
    const res = await request.get(path)
    expect(res.status()).toBe(404)
    expect(res.headers()["cache-control"]).toBe("no-store")
    expect(res.headers()["x-frame-options"]).toBe("DENY")
    const html = await res.text()
    const e = ESSENTIALS[locale]
    expect(html).toContain(`<html lang="${locale}" dir="${locale === "ar" ? "rtl" : "ltr"}"`)
    expect(html).toContain('<meta name="robots" content="noindex"/>')
    expect(html).toContain(`${e.errors.notFoundTitle}</h1>`)
    expect(html).toContain(`href="${locale === "ar" ? "/ar" : "/"}"`)
    // The site's header and footer: the content note, the support resources.
    expect(html).toContain('href="#support"')
    expect(html).toContain(`${e.contentNote.heading}</h2>`)
    expect(html).toContain("https://childhelplineinternational.org")
  })
}

test("the Arabic 404 page reads right to left, hydrates, and leads back and across", async ({ page }) => {
  const errors: string[] = []
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource: .*404/.test(m.text())) errors.push(m.text())
  })
  const res = await page.goto("/ar/no-such-page")
  expect(res?.status()).toBe(404)
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ESSENTIALS.ar.errors.notFoundTitle)
  await expect(page).toHaveTitle(new RegExp(`^${ESSENTIALS.ar.errors.notFoundTitle}`))
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "")
  // The language switch goes to the other language's dashboard: this page has no English twin.
  await expect(page.getByRole("link", { name: "اقرأ هذه الصفحة بالإنجليزية" })).toHaveAttribute("href", "/")
  await page.getByRole("link", { name: ESSENTIALS.ar.errors.home }).click()
  await expect(page).toHaveURL(/\/ar$/)
  expect(errors).toEqual([])
})

test("the 404 page reads without script, like every other page", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto("/figures/nope")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ESSENTIALS.en.errors.notFoundTitle)
  await expect(page.getByRole("link", { name: ESSENTIALS.en.errors.home })).toHaveAttribute("href", "/")
  await context.close()
})
