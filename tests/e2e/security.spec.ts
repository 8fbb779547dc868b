import { expect, test } from "@playwright/test"
import { contentSecurityPolicy, inlineScriptElements, sha256Source } from "@/lib/http/csp"
import { arabic, PAGES } from "./routes"

const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? ""

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
    // Inline scripts only by nonce or hash: never 'unsafe-inline', never eval.
    const scriptSrc = directive(csp, "script-src")
    expect(scriptSrc).toMatch(/^script-src 'self'/)
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/)
    // Responses that are not pages carry next.config.js's base policy, which must be lib/http/csp.ts's own.
    if (API.includes(path)) expect(csp).toBe(contentSecurityPolicy())
    if (/\/embed\//.test(path)) {
      expect(csp).toContain("frame-ancestors *")
    } else {
      expect(csp).toContain("frame-ancestors 'none'")
      expect(h["x-frame-options"]).toBe("DENY")
    }
  })
}

// The policy must allow exactly the page's own inline scripts: each one carries the policy's nonce or
// has its hash listed. (A page whose scripts are blocked still reads, but never becomes interactive.)
for (const path of [...PAGES, ...PAGES.map(arabic), "/no-such-page"]) {
  test(`${path}: every inline script is allowed by the policy, and only by nonce or hash`, async ({
    request,
  }) => {
    const res = await request.get(path)
    const scriptSrc = directive(res.headers()["content-security-policy"] ?? "", "script-src")
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1]
    const scripts = inlineScriptElements(await res.text())
    expect(scripts.length).toBeGreaterThan(0)
    for (const { attributes, text } of scripts) {
      const byNonce = nonce !== undefined && attributes.includes(`nonce="${nonce}"`)
      expect(byNonce || scriptSrc.includes(sha256Source(text)), `${path}: ${text.slice(0, 60)}`).toBe(true)
    }
  })
}

test("no page breaks its own policy: no violation reported, and the page becomes interactive", async ({
  page,
}) => {
  const violations: string[] = []
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`)
  })
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    )
  })
  for (const path of [
    "/",
    "/ar",
    "/compare",
    "/ar/briefing",
    "/sources/iwf",
    "/embed/genai",
    "/no-such-page",
  ]) {
    await page.goto(path)
    await page.waitForLoadState("load")
    // The app marks <html data-hydrated> once React has run (components/hydrated-marker.tsx); a page
    // whose scripts were blocked never is.
    await expect(page.locator("html"), path).toHaveAttribute("data-hydrated", "")
  }
  expect(violations).toEqual([])
})

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

// A path segment that cannot be percent-decoded used to get Next's bare plain-text 500, with none of the
// headers above (vercel/next.js#92527). The proxy answers it first.
const securityHeaders = (h: Record<string, string>) => {
  expect(h["x-content-type-options"]).toBe("nosniff")
  expect(h["referrer-policy"]).toBe("same-origin")
  expect(h["permissions-policy"]).toContain("camera=()")
  expect(h["x-frame-options"]).toBe("DENY")
  expect(h["content-security-policy"]).toBe(contentSecurityPolicy())
  expect(h["cache-control"]).toBe("no-store")
}

test("a path that cannot be decoded is a 400 with the security headers: JSON on /api", async ({
  request,
}) => {
  for (const path of [
    "/api/figures/%ff/export?format=csv",
    "/api/series/%/chart",
    "/api/figures/%E0%A4%A",
    "/api/%ff",
  ]) {
    const res = await request.get(path)
    expect(res.status(), path).toBe(400)
    expect(res.headers()["content-type"], path).toContain("application/json")
    expect(await res.json(), path).toMatchObject({ parameter: "path", error: expect.any(String) })
    securityHeaders(res.headers())
  }
})

test("a page path that cannot be decoded is a 400 page in its language, with a way back and support", async ({
  request,
}) => {
  for (const [path, lang] of [
    ["/figures/%ff", "en"],
    ["/sources/%c0%af", "en"],
    ["/embed/%E0%A4%A", "en"],
    ["/figures/%ff.png", "en"],
    ["/%ff", "en"],
    ["/_next/static/%ff", "en"],
    ["/ar/figures/%ff", "ar"],
  ] as const) {
    const res = await request.get(path)
    expect(res.status(), path).toBe(400)
    expect(res.headers()["content-type"], path).toContain("text/html")
    securityHeaders(res.headers())
    const html = await res.text()
    expect(html, path).toContain(`<html lang="${lang}" dir="${lang === "ar" ? "rtl" : "ltr"}">`)
    expect(html, path).toContain(`href="${lang === "ar" ? "/ar" : "/"}"`)
    expect(html, path).toContain('id="support"')
    expect(html, path).toContain("https://childhelplineinternational.org")
    expect(html, path).not.toMatch(/<script/i)
  }
})
