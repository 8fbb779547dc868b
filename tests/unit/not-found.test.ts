import { describe, expect, it } from "vitest"
import { CspHashesSchema } from "@/lib/http/csp"
import { isMissingPage, mayBePage } from "@/lib/http/not-found"

const hashes = CspHashesSchema.parse({
  buildId: "b1",
  pages: {
    "/en": [],
    "/ar": [],
    "/en/compare": [],
    "/en/figures/genai": [],
    "/ar/figures/genai": [],
    "/en/page-not-found": [],
    "/ar/page-not-found": [],
  },
  fallback: [],
})

describe("which paths name no page", () => {
  it.each([
    "/does-not-exist",
    "/ar/does-not-exist",
    "/figures/nope",
    "/figures/genai/extra",
    "/page-not-found",
    "/ar/page-not-found",
    "/api-ish",
    "/ar/figures/genai/x",
  ])("%s is a miss", (path) => expect(isMissingPage(path, hashes)).toBe(true))
  it.each([
    "/",
    "/ar",
    "/compare",
    "/figures/genai",
    "/ar/figures/genai",
    "/figures/genai/",
    "/COMPARE",
    "/Figures/GenAI",
  ])("%s is left to Next", (path) => expect(isMissingPage(path, hashes)).toBe(false))
  it("is never a miss without a manifest", () => {
    expect(isMissingPage("/does-not-exist", { buildId: "b1", pages: {}, fallback: [] })).toBe(false)
  })
})

describe("which paths could be pages", () => {
  it.each(["/does-not-exist", "/figures/genai", "/icon%2Esvg", "/ar", "/a.b/c"])("%s could", (p) =>
    expect(mayBePage(p)).toBe(true),
  )
  it.each(["/_next/static/chunks/%61.js", "/_next/x", "/icon.svg", "/x/%61.png", "/favicon.ico"])(
    "%s is a file",
    (p) => expect(mayBePage(p)).toBe(false),
  )
})
