import { createHash } from "node:crypto"
import { describe, expect, it } from "vitest"
import {
  checkCspHashes,
  contentSecurityPolicy,
  CspHashesSchema,
  decodePathname,
  inlineScriptHashes,
  inlineScriptElements,
  inlineScripts,
  isEmbedPath,
  pagePolicy,
  prerenderedRoute,
} from "@/lib/http/csp"

const scriptSrc = (policy: string) => policy.split("; ").find((d) => d.startsWith("script-src "))!

describe("the base policy", () => {
  it("allows scripts from this origin only, with no inline or eval escape hatch", () => {
    const policy = contentSecurityPolicy()
    expect(scriptSrc(policy)).toBe("script-src 'self'")
    expect(policy).toContain("default-src 'self'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/)
  })

  it("adds script sources to script-src only, and lets embeddable pages be framed", () => {
    const policy = contentSecurityPolicy({ scriptSources: ["'sha256-abc='"], frameable: true })
    expect(scriptSrc(policy)).toBe("script-src 'self' 'sha256-abc='")
    expect(policy).toContain("frame-ancestors *")
    expect(policy).not.toContain("frame-ancestors 'none'")
  })
})

describe("inline scripts and their hashes", () => {
  const html =
    '<head><script src="/_next/a.js" async=""></script><script>self.__next_f=[]</script></head>' +
    '<body><script id="_R_">a("<b>")</script><SCRIPT type="module">x()</SCRIPT ><script>self.__next_f=[]</script></body>'

  it("finds scripts without a src, keeping their text byte for byte", () => {
    expect(inlineScripts(html)).toEqual(["self.__next_f=[]", 'a("<b>")', "x()", "self.__next_f=[]"])
  })

  it("keeps each inline script's attributes, where a nonce would be", () => {
    expect(inlineScriptElements(html).map((s) => s.attributes)).toEqual([
      "",
      ' id="_R_"',
      ' type="module"',
      "",
    ])
  })

  it("hashes each distinct script once as a CSP sha256 source", () => {
    const expected = `'sha256-${createHash("sha256").update("self.__next_f=[]").digest("base64")}'`
    const hashes = inlineScriptHashes(html)
    expect(hashes).toHaveLength(3)
    expect(hashes[0]).toBe(expected)
  })

  it("hashes the UTF-8 bytes (Arabic text in the payload)", () => {
    const [hash] = inlineScriptHashes("<script>'مرحبا'</script>")
    expect(hash).toBe(
      `'sha256-${createHash("sha256").update(Buffer.from("'مرحبا'", "utf8")).digest("base64")}'`,
    )
  })
})

describe("which prerendered route serves a path", () => {
  it.each([
    ["/", "/en"],
    ["/sources", "/en/sources"],
    ["/sources/", "/en/sources"],
    ["/figures/genai", "/en/figures/genai"],
    ["/ar", "/ar"],
    ["/ar/", "/ar"],
    ["/ar/embed/iwf", "/ar/embed/iwf"],
    ["/arabic", "/en/arabic"],
  ])("%s → %s", (path, route) => expect(prerenderedRoute(path)).toBe(route))

  it("knows the embeddable pages", () => {
    expect(isEmbedPath("/embed/genai")).toBe(true)
    expect(isEmbedPath("/ar/embed/genai")).toBe(true)
    expect(isEmbedPath("/figures/genai")).toBe(false)
    expect(isEmbedPath("/embedded")).toBe(false)
  })
})

describe("a page's policy", () => {
  const hashes = CspHashesSchema.parse({
    buildId: "b1",
    pages: { "/en": ["'sha256-home='"], "/ar/embed/iwf": ["'sha256-embed='"] },
    fallback: ["'sha256-404='"],
  })
  const nonce = () => "n0nce"
  const none = new URLSearchParams()

  it("allows a prerendered page's own hashes and no nonce", () => {
    const { policy, nonce: used } = pagePolicy("/", none, hashes, nonce)
    expect(used).toBeUndefined()
    // The static not-found and error pages' hashes too: any path may serve them.
    expect(scriptSrc(policy)).toBe("script-src 'self' 'sha256-home=' 'sha256-404='")
  })

  it("gives a page rendered on demand a nonce, plus the static error pages' hashes", () => {
    const { policy, nonce: used } = pagePolicy("/compare", new URLSearchParams("series=x"), hashes, nonce)
    expect(used).toBe("n0nce")
    expect(scriptSrc(policy)).toBe("script-src 'self' 'nonce-n0nce' 'sha256-404='")
    expect(policy).toContain("frame-ancestors 'none'")
  })

  it("tells a prerendered default view from the same page with a query, which is rendered on demand", () => {
    const withCompare = CspHashesSchema.parse({
      ...hashes,
      pages: { ...hashes.pages, "/en/compare": ["'sha256-c='"] },
    })
    expect(pagePolicy("/compare", none, withCompare, nonce).nonce).toBeUndefined()
    expect(pagePolicy("/compare", new URLSearchParams("utm=1"), withCompare, nonce).nonce).toBeUndefined()
    expect(pagePolicy("/compare", new URLSearchParams("adjusted=false"), withCompare, nonce).nonce).toBe(
      "n0nce",
    )
  })

  it("keeps an embed page frameable", () => {
    expect(pagePolicy("/ar/embed/iwf", none, hashes, nonce).policy).toContain("frame-ancestors *")
  })

  it("rejects a malformed hash file rather than trusting it", () => {
    expect(() =>
      CspHashesSchema.parse({ buildId: "b1", pages: { "/en": ["'unsafe-inline'"] }, fallback: [] }),
    ).toThrow()
    expect(() => CspHashesSchema.parse({ buildId: "b1", pages: {}, fallback: [], extra: 1 })).toThrow()
    // A file without the build it was made for cannot be matched to the build being served.
    expect(() => CspHashesSchema.parse({ pages: {}, fallback: [] })).toThrow()
  })

  // Each of these was served by a route whose scripts its policy blocked (review M3).
  describe("allows the scripts of whichever route Next serves", () => {
    const all = CspHashesSchema.parse({
      buildId: "b1",
      pages: {
        "/en/compare": ["'sha256-c='"],
        "/en/briefing": ["'sha256-b='"],
        "/en/figures/genai": ["'sha256-g='"],
        "/en/sources/ncmec": ["'sha256-s='"],
        "/en/embed/genai": ["'sha256-e='"],
        "/ar/figures/genai": ["'sha256-ag='"],
      },
      fallback: ["'sha256-404='"],
    })
    it.each([
      // Next serves the prerendered page (an empty value does not match the rewrite) …
      ["/compare", "series=", "'sha256-c='"],
      ["/briefing", "slide=", "'sha256-b='"],
      ["/briefing", "figures=", "'sha256-b='"],
      ["/briefing", "view=", "'sha256-b='"],
      ["/compare", "Series=x", "'sha256-c='"],
      // … and decodes the path before it finds the prerendered page.
      ["/figures/%67enai", "", "'sha256-g='"],
      ["/sources/%6ecmec", "", "'sha256-s='"],
      ["/embed/%67enai", "", "'sha256-e='"],
      ["/ar/figures/%67enai", "", "'sha256-ag='"],
    ])("%s?%s: the prerendered page's hashes", (path, search, hash) => {
      const { policy } = pagePolicy(path, new URLSearchParams(search), all, nonce)
      expect(scriptSrc(policy)).toContain(hash)
    })

    it.each([
      ["/compare", "series=x"],
      ["/compare", "series=&series="],
      ["/COMPARE", "series=x"],
      ["/%61r/figures/genai", ""],
      ["/figures/%2567enai", ""],
      ["/figures/GENAI", ""],
    ])("%s?%s: a nonce, for a route rendered on demand", (path, search) => {
      const { policy, nonce: used } = pagePolicy(path, new URLSearchParams(search), all, nonce)
      expect(used).toBe("n0nce")
      expect(scriptSrc(policy)).toContain("'nonce-n0nce'")
      expect(scriptSrc(policy)).toContain("'sha256-404='")
    })

    // /briefing?slide=3 is rewritten to the prerendered /en/briefing/slide/3 (lib/http/query-views.ts).
    describe("a prerendered view route", () => {
      const slides = CspHashesSchema.parse({
        ...all,
        pages: {
          ...all.pages,
          "/en/briefing/slide/3": ["'sha256-s3='"],
          "/en/briefing/slide/4": ["'sha256-s4='"],
          "/ar/briefing/slide/3": ["'sha256-as3='"],
        },
      })
      const policyOf = (path: string, search: string) =>
        pagePolicy(path, new URLSearchParams(search), slides, nonce)

      it.each([
        ["/briefing", "slide=3", "'sha256-s3='"],
        ["/ar/briefing", "slide=3", "'sha256-as3='"],
        ["/briefing", "slide=3&utm_source=x", "'sha256-s3='"],
        ["/briefing", "slide=3&view=", "'sha256-s3='"],
        ["/briefing/", "slide=3", "'sha256-s3='"],
        // Not what the model says Next serves, but allowed should Next match otherwise.
        ["/briefing", "Slide=3", "'sha256-s3='"],
        ["/BRIEFING", "slide=3", "'sha256-s3='"],
        ["/briefing", "slide=4&slide=3", "'sha256-s4='"],
        ["/briefing", "slide=4&slide=3", "'sha256-s3='"],
      ])("%s?%s: its hashes, and a nonce for the selection route", (path, search, hash) => {
        const { policy, nonce: used } = policyOf(path, search)
        expect(scriptSrc(policy)).toContain(hash)
        expect(used).toBe("n0nce")
        expect(scriptSrc(policy)).toContain("'nonce-n0nce'")
        expect(scriptSrc(policy)).toContain("'sha256-404='")
      })

      it("gives no other request a view route's hashes", () => {
        for (const [path, search] of [
          ["/briefing", ""],
          ["/briefing", "slide=99"],
          ["/briefing", "slide=03"],
          ["/ar/briefing", "slide=4"],
          ["/compare", "slide=3"],
          ["/sources", "slide=3"],
        ] as const) {
          const { policy } = policyOf(path, search)
          expect(scriptSrc(policy), `${path}?${search}`).not.toMatch(/'sha256-(?:a?s3|s4)='/)
        }
      })
    })

    it("gives a canonical prerendered path its hashes alone, so the cached page's policy never changes", () => {
      for (const path of ["/compare", "/briefing", "/figures/genai", "/ar/figures/genai"]) {
        expect(pagePolicy(path, new URLSearchParams("utm_source=x"), all, nonce).nonce, path).toBeUndefined()
      }
    })
  })
})

describe("decodePathname", () => {
  it("decodes each segment as the router does", () => {
    expect(decodePathname("/figures/%67enai")).toBe("/figures/genai")
    expect(decodePathname("/ar/sources/%6Ecmec")).toBe("/ar/sources/ncmec")
    expect(decodePathname("/a%2Fb")).toBe("/a/b")
  })
  it.each(["/figures/%ff", "/sources/%c0%af", "/embed/%E0%A4%A", "/%"])("cannot decode %s", (path) =>
    expect(decodePathname(path)).toBeUndefined(),
  )
})

describe("checkCspHashes: the server serves only the build its hashes were taken from", () => {
  const manifest = (buildId: string) => JSON.stringify({ buildId, pages: { "/en": [] }, fallback: [] })

  it("accepts the hash file of this build", () => {
    const checked = checkCspHashes("abc\n", manifest("abc"))
    expect(checked.ok && checked.hashes.pages).toEqual({ "/en": [] })
  })

  it("refuses the hash file of another build, naming both", () => {
    expect(checkCspHashes("new", manifest("old"))).toEqual({
      ok: false,
      problem: "run `npm run build`: .next/csp-hashes.json was made for build old, this build is new",
    })
  })

  it("refuses a build without a hash file (a bare `next build`), a file from before build ids, and no build", () => {
    expect(checkCspHashes("abc", undefined)).toEqual({
      ok: false,
      problem: "run `npm run build`: .next/csp-hashes.json is missing (build abc)",
    })
    const legacy = checkCspHashes("abc", JSON.stringify({ pages: {}, fallback: [] }))
    expect(legacy.ok).toBe(false)
    expect(!legacy.ok && legacy.problem).toMatch(/not a hash file of this version \(at buildId/)
    expect(checkCspHashes("abc", "{")).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/not JSON/),
    })
    expect(checkCspHashes(undefined, manifest("abc"))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/BUILD_ID is missing/),
    })
  })
})
