import { describe, expect, it } from "vitest"
import { publicOrigin } from "@/lib/http/public-origin"
import { parseSiteUrl, parseTrustProxy } from "@/lib/http/site-url.cjs"

const h = (init: Record<string, string>) => new Headers(init)

describe("SITE_URL", () => {
  it.each([
    ["https://dashboard.example.org", "https://dashboard.example.org"],
    ["https://Dashboard.Example.org/", "https://dashboard.example.org"],
    ["https://dashboard.example.org:443", "https://dashboard.example.org"],
    ["http://127.0.0.1:8080", "http://127.0.0.1:8080"],
    ["  https://x.example  ", "https://x.example"],
  ])("%s is the origin %s", (value, origin) => expect(parseSiteUrl(value)).toBe(origin))

  it.each(["", "   ", undefined])("%j is unset", (value) => expect(parseSiteUrl(value)).toBeUndefined())

  it.each([
    ["dashboard.example.org", /absolute URL/],
    ["ftp://dashboard.example.org", /http/],
    ["https://user:pw@dashboard.example.org", /user name/],
    ["https://dashboard.example.org/app", /origin alone/],
    ["https://dashboard.example.org/?x=1", /origin alone/],
    ["https://dashboard.example.org/#top", /origin alone/],
    ["javascript:alert(1)", /http/],
  ])("%s is refused", (value, message) => expect(() => parseSiteUrl(value)).toThrow(message))
})

describe("TRUST_PROXY", () => {
  it.each([
    ["1", true],
    ["true", true],
    ["TRUE", true],
    ["0", false],
    ["false", false],
    ["", false],
    [undefined, false],
  ] as const)("%j is %s", (value, trusted) => expect(parseTrustProxy(value)).toBe(trusted))
  it("refuses anything else", () => expect(() => parseTrustProxy("yes")).toThrow(/TRUST_PROXY/))
})

describe("the public origin of a request", () => {
  const proxied = h({
    host: "127.0.0.1:3000",
    "x-forwarded-host": "dashboard.example.org",
    "x-forwarded-proto": "https",
  })

  it("is SITE_URL when set, whatever the request says, and may then be cached by anyone", () => {
    expect(publicOrigin(proxied, { SITE_URL: "https://site.example" })).toEqual({
      origin: "https://site.example",
      fromRequest: false,
      vary: [],
    })
    // The value the pages were built with, when the server runs without one.
    expect(publicOrigin(proxied, { BUILT_SITE_URL: "https://built.example" }).origin).toBe(
      "https://built.example",
    )
    expect(
      publicOrigin(proxied, {
        SITE_URL: "https://run.example",
        BUILT_SITE_URL: "https://built.example",
      }).origin,
    ).toBe("https://run.example")
  })

  it("takes X-Forwarded-Host and -Proto only when TRUST_PROXY says to", () => {
    expect(publicOrigin(proxied, { TRUST_PROXY: "1" })).toEqual({
      origin: "https://dashboard.example.org",
      fromRequest: true,
      vary: ["Host", "X-Forwarded-Host", "X-Forwarded-Proto"],
    })
    expect(publicOrigin(proxied, {})).toEqual({
      origin: "http://127.0.0.1:3000",
      fromRequest: true,
      vary: ["Host"],
    })
  })

  it("uses the first of a list of forwarded values, and http unless the proxy says https", () => {
    const list = h({ host: "a", "x-forwarded-host": "one.example, two.example", "x-forwarded-proto": "http" })
    expect(publicOrigin(list, { TRUST_PROXY: "1" }).origin).toBe("http://one.example")
    expect(publicOrigin(h({ host: "h.example" }), { TRUST_PROXY: "1" }).origin).toBe("http://h.example")
  })

  it("is the Host header otherwise, never localhost unless the reader asked for localhost", () => {
    expect(publicOrigin(h({ host: "Dashboard.Example.org" }), {}).origin).toBe("http://dashboard.example.org")
    expect(publicOrigin(h({ host: "localhost:3000" }), {}).origin).toBe("http://localhost:3000")
  })

  it.each([
    'evil.example"><script>',
    "evil.example/path",
    "user@evil.example",
    "evil example",
    "a".repeat(300),
    "",
  ])("drops a host that is not a plain host[:port]: %j", (host) => {
    expect(publicOrigin(h({ host }), {}).origin).toBe("")
    expect(
      publicOrigin(h({ host: "ok.example", "x-forwarded-host": host }), { TRUST_PROXY: "1" }).origin,
    ).toBe("")
  })
})
