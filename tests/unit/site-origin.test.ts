import { afterEach, describe, expect, it, vi } from "vitest"

// The browser's side of SITE_URL: next.config.js passes it to the pages as NEXT_PUBLIC_SITE_URL, which
// the build writes into the page code.
afterEach(() => {
  vi.unstubAllEnvs()
  vi.unstubAllGlobals()
  vi.resetModules()
})

describe("the address the pages give (copy link, embed code, the deck's closing slide)", () => {
  it("is SITE_URL when the site was built with one", async () => {
    vi.stubEnv("NEXT_PUBLIC_SITE_URL", "https://dashboard.example.org")
    vi.stubGlobal("window", { location: { origin: "http://10.0.0.5:3000" } })
    const { siteOrigin } = await import("@/components/use-hydrated")
    expect(siteOrigin()).toBe("https://dashboard.example.org")
  })

  it("is the browser's own address otherwise", async () => {
    vi.stubEnv("NEXT_PUBLIC_SITE_URL", "")
    vi.stubGlobal("window", { location: { origin: "https://mirror.example.org" } })
    const { siteOrigin } = await import("@/components/use-hydrated")
    expect(siteOrigin()).toBe("https://mirror.example.org")
  })
})
