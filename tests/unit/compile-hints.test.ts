import { describe, expect, it } from "vitest"
import { COMPILE_HINT, startupChunks, withCompileHint } from "@/lib/build/compile-hints"

describe("withCompileHint", () => {
  const chunk = '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push([0,1,e=>{"use strict"}]);'

  it("puts V8's magic comment on the first line and keeps the script intact after it", () => {
    const hinted = withCompileHint(chunk)
    // The exact comment V8 looks for on a script's first line (written out, not read from the module).
    expect(hinted.split("\n")[0]).toBe("//# allFunctionsCalledOnLoad")
    expect(hinted).toBe(`//# allFunctionsCalledOnLoad\n${chunk}`)
  })

  it("is idempotent: running the post-build step twice adds the hint once", () => {
    const once = withCompileHint(chunk)
    expect(withCompileHint(once)).toBe(once)
  })

  it("leaves a script that only mentions the hint further down still hinted at the top", () => {
    const mentions = `var s = "${COMPILE_HINT}";`
    expect(withCompileHint(mentions).startsWith(`${COMPILE_HINT}\n`)).toBe(true)
  })
})

describe("startupChunks: which chunks get the hint", () => {
  const root = ["static/chunks/main.js", "static/chunks/turbopack-x.js"]

  it("takes the root main files and every chunk a page starts with, once each, as build paths", () => {
    const pages = [
      ["/_next/static/chunks/main.js", "/_next/static/chunks/layout.js", "/_next/static/chunks/home.js"],
      ["/_next/static/chunks/main.js", "/_next/static/chunks/layout.js", "/_next/static/chunks/deck.js"],
    ]
    expect(startupChunks(root, pages)).toEqual([
      "static/chunks/deck.js",
      "static/chunks/home.js",
      "static/chunks/layout.js",
      "static/chunks/main.js",
      "static/chunks/turbopack-x.js",
    ])
  })

  it("leaves out a chunk no page starts with: the lazily loaded chart drawing", () => {
    const chunks = startupChunks(root, [["/_next/static/chunks/home.js"]])
    expect(chunks).not.toContain("static/chunks/recharts.js")
    expect(chunks).toHaveLength(3)
  })

  it("fails on a start-up script that is not one of the build's chunks, rather than skip it", () => {
    expect(() => startupChunks(root, [["https://cdn.example/x.js"]])).toThrow(/not a chunk/)
    expect(() => startupChunks(["static/x.css"], [])).toThrow(/not a chunk/)
  })
})
