import { createHash } from "node:crypto"
import { describe, expect, it } from "vitest"
import {
  contentSecurityPolicy,
  CspHashesSchema,
  inlineScriptHashes,
  inlineScriptElements,
  inlineScripts,
  isEmbedPath,
  pagePolicy,
  prerenderedRoute,
} from "@/lib/csp"

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
    pages: { "/en": ["'sha256-home='"], "/ar/embed/iwf": ["'sha256-embed='"] },
    fallback: ["'sha256-404='"],
  })
  const nonce = () => "n0nce"
  const none = new URLSearchParams()

  it("allows a prerendered page's own hashes and no nonce", () => {
    const { policy, nonce: used } = pagePolicy("/", none, hashes, nonce)
    expect(used).toBeUndefined()
    expect(scriptSrc(policy)).toBe("script-src 'self' 'sha256-home='")
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
    expect(() => CspHashesSchema.parse({ pages: { "/en": ["'unsafe-inline'"] }, fallback: [] })).toThrow()
    expect(() => CspHashesSchema.parse({ pages: {}, fallback: [], extra: 1 })).toThrow()
  })
})
