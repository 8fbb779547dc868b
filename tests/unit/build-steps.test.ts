import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { COMPILE_HINT } from "@/lib/build/compile-hints"
import { HYDRATION_LOADER } from "@/lib/build/defer-hydration"
import { addCompileHints } from "@/scripts/compile-hints"
import { rewritePages } from "@/scripts/rewrite-pages"

// The build steps after `next build` (scripts/build.ts), run on a small fixture build in a temp folder.

const page = (scripts: string) =>
  `<!DOCTYPE html><html lang="en"><head>${scripts}<script>(self.__next_f=self.__next_f||[]).push([0])</script></head><body><p>x</p></body></html>`
const NEXT_TAGS =
  '<script src="/_next/static/chunks/main.js" async=""></script><script src="/_next/static/chunks/home.js" async=""></script>'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "build-steps-"))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe("rewritePages", () => {
  it("rewrites every page, and fails naming the page whose scripts it would leave as they are", () => {
    const good = join(dir, "en.html")
    const stale = join(dir, "en", "sources.html")
    mkdirSync(join(dir, "en"))
    writeFileSync(good, page(NEXT_TAGS))
    // Start-up scripts in a form the rewrite does not know: the page would load them before the first frame.
    writeFileSync(stale, page('<link rel="modulepreload" href="/_next/static/chunks/main.js"/>'))
    const pages = [
      { route: "/en", file: good },
      { route: "/en/sources", file: stale },
    ]
    expect(() => rewritePages(pages)).toThrow(`${stale}: the page has scripts but none of them was deferred`)
    // The good page was rewritten before the stale one stopped the build; a second run leaves it as it is.
    expect(rewritePages([pages[0]!])).toMatch(/^Pages: 0 of 1 prerendered pages rewritten/)
    expect(readFileSync(good, "utf8")).toContain(
      'data-hydrate="/_next/static/chunks/main.js /_next/static/chunks/home.js"',
    )
  })
})

describe("rewritePages, the payload", () => {
  it("writes each page's payload where the page's loader points, once per distinct payload", () => {
    const payload =
      "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
      '<script>self.__next_f.push([1,"0:[]\\n"])</script>'
    const withPayload = (body: string) =>
      `<!DOCTYPE html><html lang="en"><head>${NEXT_TAGS}</head><body>${body}${payload}</body></html>`
    const pages = ["en", "ar", "fr"].map((name) => ({ route: `/${name}`, file: join(dir, `${name}.html`) }))
    writeFileSync(pages[0]!.file, withPayload("<p>x</p>"))
    writeFileSync(pages[1]!.file, withPayload("<p>y</p>"))
    writeFileSync(pages[2]!.file, withPayload("<p>z</p>").replace("0:[]", "0:[1]"))
    expect(rewritePages(pages, dir)).toBe(
      "Pages: 3 of 3 prerendered pages rewritten to hydrate after the first paint (2 payload files)",
    )
    for (const { file } of pages) {
      const html = readFileSync(file, "utf8")
      const url = /data-payload="\/_next\/([^"]+)"/.exec(html)![1]!
      const source = readFileSync(join(dir, url), "utf8")
      expect(JSON.parse(source)[0]).toEqual([0])
      expect(html.replace(HYDRATION_LOADER, "")).not.toContain("__next_f")
    }
  })
})

describe("addCompileHints", () => {
  it("marks the root main files and the chunks pages start with, not the lazily loaded ones", () => {
    const chunks = join(dir, "static", "chunks")
    mkdirSync(chunks, { recursive: true })
    for (const name of ["main", "home", "recharts", "polyfill"])
      writeFileSync(join(chunks, `${name}.js`), `/*${name}*/`)
    writeFileSync(
      join(dir, "build-manifest.json"),
      JSON.stringify({
        rootMainFiles: ["static/chunks/main.js"],
        polyfillFiles: ["static/chunks/polyfill.js"],
      }),
    )
    const file = join(dir, "en.html")
    writeFileSync(
      file,
      page(`${NEXT_TAGS}<script src="/_next/static/chunks/polyfill.js" noModule=""></script>`),
    )
    expect(addCompileHints([{ route: "/en", file }], dir)).toBe(
      "Compile hints: 2 start-up chunks of 4 scripts marked for eager compilation",
    )
    const hinted = (name: string) => readFileSync(join(chunks, `${name}.js`), "utf8").startsWith(COMPILE_HINT)
    expect([hinted("main"), hinted("home"), hinted("recharts"), hinted("polyfill")]).toEqual([
      true,
      true,
      false,
      false,
    ])
  })

  it("fails when a page starts with a chunk the build does not have", () => {
    mkdirSync(join(dir, "static", "chunks"), { recursive: true })
    writeFileSync(join(dir, "static", "chunks", "main.js"), "")
    writeFileSync(
      join(dir, "build-manifest.json"),
      JSON.stringify({ rootMainFiles: ["static/chunks/main.js"] }),
    )
    const file = join(dir, "en.html")
    writeFileSync(file, page(NEXT_TAGS))
    expect(() => addCompileHints([{ route: "/en", file }], dir)).toThrow(/home\.js: a start-up chunk/)
  })
})
