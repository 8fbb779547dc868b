import { expect, test } from "@playwright/test"
import { arabic, PAGES } from "./routes"

const API = [
  "/api/observations",
  "/api/observations?format=csv",
  "/api/series",
  "/api/sources",
  "/api/caveats",
  "/api/events",
  "/api/figures/genai",
  "/api/figures/genai/export?format=svg",
  "/api/series/iwf-reports-assessed/chart",
]

for (const path of [...PAGES, ...PAGES.map(arabic), ...API]) {
  test(`${path} sends the security headers`, async ({ request }) => {
    const res = await request.get(path)
    expect(res.status()).toBeLessThan(400)
    const h = res.headers()
    expect(h["x-content-type-options"]).toBe("nosniff")
    expect(h["referrer-policy"]).toBe("same-origin")
    expect(h["permissions-policy"]).toContain("camera=()")
    const csp = h["content-security-policy"] ?? ""
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("connect-src 'self'")
    if (/\/embed\//.test(path)) {
      expect(csp).toContain("frame-ancestors *")
    } else {
      expect(csp).toContain("frame-ancestors 'none'")
      expect(h["x-frame-options"]).toBe("DENY")
    }
  })
}

test("pages make no request to another origin, in either language", async ({ page, baseURL }) => {
  const offOrigin: string[] = []
  page.on("request", (r) => {
    if (!r.url().startsWith(baseURL!) && !/^(data|blob):/.test(r.url())) offOrigin.push(r.url())
  })
  for (const path of [
    "/",
    "/ar",
    "/compare",
    "/sources/iwf",
    "/figures/hosting",
    "/briefing",
    "/ar/embed/genai",
  ]) {
    await page.goto(path)
    await page.waitForLoadState("load")
  }
  expect(offOrigin).toEqual([])
})
