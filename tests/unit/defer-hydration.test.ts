import { describe, expect, it } from "vitest"
import { inlineScripts } from "@/lib/http/csp"
import {
  HYDRATION_ATTRIBUTE,
  HYDRATION_LOADER,
  deferHydration,
  hasScripts,
  rewritePage,
  startupScriptUrls,
} from "@/lib/build/defer-hydration"

// The head of a prerendered page as Next 16 writes it (shortened): the stylesheet, the start-up chunks as
// async scripts, the browser fallback as noModule, then the inline bootstrap.
const PAGE =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>' +
  '<script src="/_next/static/chunks/one.js" async=""></script>' +
  '<script src="/_next/static/chunks/turbopack-two.js" async=""></script>' +
  '<script src="/_next/static/chunks/poly.js" noModule=""></script>' +
  '<script id="_R_">(globalThis.TURBOPACK||[]).push({})</script>' +
  '<script src="/_next/static/chunks/main.js" async=""></script>' +
  "</head><body><main><h1>Reported trends</h1></main>" +
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>"

describe("deferHydration", () => {
  it("replaces every start-up script with one loader that lists them in document order", () => {
    const { html, deferred } = deferHydration(PAGE)
    expect(deferred).toEqual([
      "/_next/static/chunks/one.js",
      "/_next/static/chunks/turbopack-two.js",
      "/_next/static/chunks/main.js",
    ])
    expect(html).not.toMatch(/<script src="[^"]*" async="">/)
    expect(html).toContain(
      `<script ${HYDRATION_ATTRIBUTE}="${deferred.join(" ")}">${HYDRATION_LOADER}</script>`,
    )
    // The loader is the last thing in the body, after the content and the serialised payload.
    expect(html.endsWith(`${HYDRATION_LOADER}</script></body></html>`)).toBe(true)
    expect(html.indexOf(HYDRATION_ATTRIBUTE)).toBeGreaterThan(html.indexOf("__next_f"))
  })

  it("drops the preload hints of the deferred scripts, which would fetch them before the first frame", () => {
    const { html } = deferHydration(PAGE)
    expect(html).not.toContain('rel="preload" as="script"')
    const other = PAGE.replace(
      'href="/_next/static/chunks/main.js"/>',
      'href="/_next/static/chunks/lazy.js"/>',
    )
    expect(deferHydration(other).html).toContain(
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/lazy.js"/>',
    )
  })

  it("keeps everything else: the stylesheet, the noModule fallback, inline scripts and content", () => {
    const { html } = deferHydration(PAGE)
    const removed = PAGE.replace(/<script src="[^"]*" async=""><\/script>/g, "").replace(
      /<link rel="preload" as="script"[^>]*>/,
      "",
    )
    expect(html.replace(/<script data-hydrate="[^"]*">[^<]*<\/script>/, "")).toBe(removed)
    expect(inlineScripts(html)).toEqual([...inlineScripts(PAGE), HYDRATION_LOADER])
  })

  it("fails when the page has no end of body to put the loader before", () => {
    expect(() => deferHydration(PAGE.replace("</body>", ""))).toThrow(/no <\/body>/)
  })

  it("is idempotent and leaves a page without start-up scripts alone", () => {
    const once = deferHydration(PAGE).html
    expect(deferHydration(once)).toEqual({ html: once, deferred: [] })
    const plain = "<html><head></head><body><p>No scripts</p></body></html>"
    expect(deferHydration(plain)).toEqual({ html: plain, deferred: [] })
  })

  it("fails, naming the tag, when a start-up script is written in a form it does not know", () => {
    const changed = PAGE.replace(
      '<script src="/_next/static/chunks/main.js" async="">',
      '<script src="/_next/static/chunks/main.js" async="" crossorigin="">',
    )
    expect(() => deferHydration(changed)).toThrow(
      /unexpected form: <script src="\/_next\/static\/chunks\/main.js"/,
    )
  })
})

/** Runs the loader against a minimal browser and records what it does and when. */
function runLoader(visibilityState: "visible" | "hidden", paintTiming = true) {
  const appended: { src: string; async: boolean }[] = []
  const frames: (() => void)[] = []
  const timers: { run: () => void; ms: number }[] = []
  const observers: { callback: () => void; options: unknown }[] = []
  const document = {
    visibilityState,
    currentScript: { getAttribute: (name: string) => (name === HYDRATION_ATTRIBUTE ? "/a.js /b.js" : null) },
    createElement: () => ({ src: "", async: false }),
    head: { appendChild: (e: { src: string; async: boolean }) => appended.push({ ...e }) },
  }
  class PerformanceObserver {
    static supportedEntryTypes = paintTiming ? ["mark", "paint"] : ["mark"]
    constructor(private callback: () => void) {}
    observe(options: unknown) {
      observers.push({ callback: this.callback, options })
    }
  }
  new Function("document", "window", "requestAnimationFrame", "setTimeout", HYDRATION_LOADER)(
    document,
    { PerformanceObserver },
    (f: () => void) => frames.push(f),
    (run: () => void, ms: number) => timers.push({ run, ms }),
  )
  return { appended, frames, timers, observers }
}

describe("HYDRATION_LOADER", () => {
  it("requests nothing until the first paint is reported, then every script, async and in order", () => {
    const { appended, frames, timers, observers } = runLoader("visible")
    expect(appended).toEqual([])
    expect(frames).toEqual([])
    expect(observers.map((o) => o.options)).toEqual([{ type: "paint", buffered: true }])
    observers[0]!.callback()
    expect(appended).toEqual([
      { src: "/a.js", async: true },
      { src: "/b.js", async: true },
    ])
    // The second paint entry and the safety timeout change nothing.
    observers[0]!.callback()
    timers.forEach((t) => t.run())
    expect(appended).toHaveLength(2)
  })

  it("loads anyway after 5 s if the browser never reports the paint", () => {
    const { appended, timers } = runLoader("visible")
    expect(timers.map((t) => t.ms)).toEqual([5000])
    timers[0]!.run()
    expect(appended.map((e) => e.src)).toEqual(["/a.js", "/b.js"])
  })

  it("without paint timing, waits for a frame and the task after it", () => {
    const { appended, frames, timers, observers } = runLoader("visible", false)
    expect(observers).toEqual([])
    frames.shift()!()
    expect(appended).toEqual([]) // still inside the frame: the paint has not happened yet
    timers.shift()!.run()
    expect(appended.map((e) => e.src)).toEqual(["/a.js", "/b.js"])
  })

  it("loads at once in a background tab, where nothing is painted until the tab is shown", () => {
    const { appended, frames, observers } = runLoader("hidden")
    expect(frames).toEqual([])
    expect(observers).toEqual([])
    expect(appended.map((e) => e.src)).toEqual(["/a.js", "/b.js"])
  })
})

describe("rewritePage, the build step's rewrite of one page", () => {
  it("defers the start-up scripts of a page as Next writes it", () => {
    expect(rewritePage(PAGE)).toBe(deferHydration(PAGE).html)
  })

  it("fails on a page whose scripts it would leave as they are (Next changed its markup)", () => {
    // The same page, its start-up scripts written as modules preloaded by link tags: nothing matches the
    // pattern, so before this check the page was passed through unchanged and only counted in the log.
    const changed = PAGE.replace(
      /<script src="([^"]+)" async=""><\/script>/g,
      '<link rel="modulepreload" href="$1"/>',
    )
    expect(deferHydration(changed).html).toBe(changed)
    expect(() => rewritePage(changed)).toThrow(/has scripts but none of them was deferred/)
  })

  it("passes a page already rewritten (the step ran twice) and a page with no script at all", () => {
    const once = rewritePage(PAGE)
    expect(rewritePage(once)).toBe(once)
    const plain = "<!DOCTYPE html><html><head></head><body><p>x</p></body></html>"
    expect(hasScripts(plain)).toBe(false)
    expect(rewritePage(plain)).toBe(plain)
    // The noModule fallback alone runs in no modern browser: nothing to defer.
    const fallbackOnly = plain.replace("</head>", '<script src="/p.js" noModule=""></script></head>')
    expect(rewritePage(fallbackOnly)).toBe(fallbackOnly)
  })
})

describe("startupScriptUrls", () => {
  const expected = [
    "/_next/static/chunks/one.js",
    "/_next/static/chunks/turbopack-two.js",
    "/_next/static/chunks/main.js",
  ]

  it("reads the start-up scripts of a page as Next writes it, without the noModule fallback", () => {
    expect(startupScriptUrls(PAGE)).toEqual(expected)
  })

  it("reads the same list from the rewritten page's loader", () => {
    expect(startupScriptUrls(rewritePage(PAGE))).toEqual(expected)
  })
})
