import { describe, expect, it } from "vitest"
import { inlineScripts } from "@/lib/http/csp"
import {
  HYDRATION_ATTRIBUTE,
  HYDRATION_LOADER,
  PAYLOAD_ATTRIBUTE,
  deferHydration,
  extractPayload,
  hasScripts,
  rewritePage,
  startupScriptUrls,
} from "@/lib/build/defer-hydration"

// The payload scripts at the end of a prerendered page's body, as Next 16 writes them: the queue, then
// pieces of the serialised tree, with "<" escaped in the strings.
const PAYLOAD_SCRIPTS = [
  "(self.__next_f=self.__next_f||[]).push([0])",
  'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])',
  'self.__next_f.push([1,"2:[\\"$\\",\\"p\\",null,{\\"children\\":\\"\\u003cb\\u003e\\"}]\\n"])',
]

// The head of a prerendered page as Next 16 writes it (shortened): the stylesheet, the start-up chunks as
// async scripts, the browser fallback as noModule, then the inline bootstrap; the payload after the content.
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
  PAYLOAD_SCRIPTS.map((body) => `<script>${body}</script>`).join("") +
  "</body></html>"

/** What a list of scripts leaves in `self.__next_f` when run in order, as the browser runs them. */
function queueAfter(...sources: string[]) {
  const self: { __next_f?: unknown[] } = {}
  for (const source of sources) new Function("self", source)(self)
  return self.__next_f
}

describe("deferHydration", () => {
  it("replaces every start-up script with one loader that lists them in document order", () => {
    const { html, deferred, payload } = deferHydration(PAGE)
    expect(deferred).toEqual([
      "/_next/static/chunks/one.js",
      "/_next/static/chunks/turbopack-two.js",
      "/_next/static/chunks/main.js",
    ])
    expect(html).not.toMatch(/<script src="[^"]*" async="">/)
    expect(html).toContain(
      `<script ${HYDRATION_ATTRIBUTE}="${deferred.join(" ")}" ${PAYLOAD_ATTRIBUTE}="${payload!.url}">` +
        `${HYDRATION_LOADER}</script>`,
    )
    // The loader is the last thing in the body, after the content.
    expect(html.endsWith(`${HYDRATION_LOADER}</script></body></html>`)).toBe(true)
    expect(html.indexOf(HYDRATION_ATTRIBUTE)).toBeGreaterThan(html.indexOf("</main>"))
  })

  it("moves the payload out of the page into one JSON file that fills the same queue", () => {
    const { html, payload } = deferHydration(PAGE)
    expect(html.replace(HYDRATION_LOADER, "")).not.toContain("__next_f")
    expect(payload!.path).toMatch(/^static\/payload\/[0-9a-f]{20}\.json$/)
    expect(payload!.url).toBe(`/_next/${payload!.path}`)
    // The file's entries are exactly what the page's scripts pushed, in the same order.
    expect(JSON.parse(payload!.source)).toEqual(queueAfter(...PAYLOAD_SCRIPTS))
    expect(JSON.parse(payload!.source)).toHaveLength(3)
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

  it("keeps everything else: the stylesheet, the noModule fallback, other inline scripts and content", () => {
    const { html } = deferHydration(PAGE)
    const removed = PAGE.replace(/<script src="[^"]*" async=""><\/script>/g, "")
      .replace(/<link rel="preload" as="script"[^>]*>/, "")
      .replace(/<script>[^<]*__next_f[^<]*<\/script>/g, "")
    expect(html.replace(/<script data-hydrate="[^"]*" data-payload="[^"]*">[^<]*<\/script>/, "")).toBe(
      removed,
    )
    const otherInline = inlineScripts(PAGE).filter((body) => !PAYLOAD_SCRIPTS.includes(body))
    expect(otherInline).toEqual(["(globalThis.TURBOPACK||[]).push({})"])
    expect(inlineScripts(html)).toEqual([...otherInline, HYDRATION_LOADER])
  })

  it("fails when the page has no end of body to put the loader before", () => {
    expect(() => deferHydration(PAGE.replace("</body>", ""))).toThrow(/no <\/body>/)
  })

  it("is idempotent and leaves a page without start-up scripts alone", () => {
    const once = deferHydration(PAGE).html
    expect(deferHydration(once)).toEqual({ html: once, deferred: [], payload: null })
    const plain = "<html><head></head><body><p>No scripts</p></body></html>"
    expect(deferHydration(plain)).toEqual({ html: plain, deferred: [], payload: null })
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

describe("extractPayload", () => {
  it("names the file by its content: the same payload, the same file; another payload, another", () => {
    const a = extractPayload(PAGE).payload!
    expect(extractPayload(PAGE).payload).toEqual(a)
    const other = extractPayload(PAGE.replace("$Sreact.fragment", "$Sreact.suspense")).payload!
    expect(other.path).not.toBe(a.path)
  })

  it("fails when a payload script is in another form, which would leave it to run out of order", () => {
    // An unescaped "<" (Next stopped escaping), and a script with an attribute: neither matches, and each
    // would stay in the page and push its entry before the moved ones.
    const unescaped = PAGE.replace("\\u003cb\\u003e", "<b>")
    expect(unescaped).not.toBe(PAGE)
    expect(() => extractPayload(unescaped)).toThrow(/payload script is written in a form/)
    const withNonce = PAGE.replace("<script>self.__next_f", '<script nonce="n">self.__next_f')
    expect(() => extractPayload(withNonce)).toThrow(/payload script is written in a form/)
  })

  it("fails when what a payload script pushes is not JSON (Next changed what it writes)", () => {
    const page = "<body><script>self.__next_f.push([1,x])</script></body>"
    expect(() => extractPayload(page)).toThrow(/payload is not JSON/)
  })

  it("moves only Next's payload scripts: not other inline scripts, and nothing from a page without one", () => {
    const plain =
      '<body><script id="_R_">(globalThis.TURBOPACK||[]).push({})</script><script>x()</script></body>'
    expect(extractPayload(plain)).toEqual({ html: plain, payload: null })
  })
})

type Added = { tag: string; src?: string; href?: string; rel?: string; as?: string; async?: boolean }

/**
 * Runs the loader against a minimal browser and records what it does and when. `payload` is the JSON the
 * payload URL answers with, or a status code for a failed request, or null for a page without a payload.
 */
function runLoader(
  visibilityState: "visible" | "hidden",
  { paintTiming = true, payload = '[[0],[1,"a"]]' as string | number | null } = {},
) {
  const added: Added[] = []
  const frames: (() => void)[] = []
  const timers: { run: () => void; ms: number }[] = []
  const observers: { callback: () => void; options: unknown }[] = []
  const fetched: string[] = []
  const attributes: Record<string, string> = { [HYDRATION_ATTRIBUTE]: "/a.js /b.js" }
  if (payload !== null) attributes[PAYLOAD_ATTRIBUTE] = "/p.json"
  const self: { __next_f?: unknown[] } = {}
  const document = {
    visibilityState,
    currentScript: { getAttribute: (name: string) => attributes[name] ?? null },
    createElement: (tag: string) => ({ tag }),
    head: { appendChild: (e: Added) => added.push({ ...e }) },
  }
  class PerformanceObserver {
    static supportedEntryTypes = paintTiming ? ["mark", "paint"] : ["mark"]
    constructor(private callback: () => void) {}
    observe(options: unknown) {
      observers.push({ callback: this.callback, options })
    }
  }
  const fetch = async (url: string) => {
    fetched.push(url)
    return typeof payload === "number"
      ? { ok: false, status: payload, json: async () => null }
      : { ok: true, status: 200, json: async () => JSON.parse(payload!) }
  }
  new Function(
    "document",
    "window",
    "self",
    "fetch",
    "requestAnimationFrame",
    "setTimeout",
    HYDRATION_LOADER,
  )(
    document,
    { PerformanceObserver },
    self,
    fetch,
    (f: () => void) => frames.push(f),
    (run: () => void, ms: number) => timers.push({ run, ms }),
  )
  const scripts = () => added.filter((e) => e.tag === "script").map((e) => e.src)
  return { added, scripts, frames, timers, observers, fetched, self }
}

/** Lets the loader's fetch and JSON promises settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe("HYDRATION_LOADER", () => {
  it("requests nothing until the first paint is reported, then the payload, then every chunk", async () => {
    const { added, scripts, frames, timers, observers, fetched, self } = runLoader("visible")
    expect(added).toEqual([])
    expect(fetched).toEqual([])
    expect(frames).toEqual([])
    expect(observers.map((o) => o.options)).toEqual([{ type: "paint", buffered: true }])
    observers[0]!.callback()
    // At the paint: the payload is requested, and the chunks only preloaded, so they download meanwhile.
    expect(fetched).toEqual(["/p.json"])
    expect(added).toEqual([
      { tag: "link", rel: "preload", as: "script", href: "/a.js" },
      { tag: "link", rel: "preload", as: "script", href: "/b.js" },
    ])
    expect(scripts()).toEqual([])
    await settle()
    // The payload's entries are in Next's queue, in order, before the first chunk is added.
    expect(self.__next_f).toEqual([[0], [1, "a"]])
    expect(added.filter((e) => e.tag === "script")).toEqual([
      { tag: "script", src: "/a.js", async: true },
      { tag: "script", src: "/b.js", async: true },
    ])
    // The second paint entry and the safety timeout change nothing.
    observers[0]!.callback()
    timers.forEach((t) => t.run())
    await settle()
    expect(fetched).toHaveLength(1)
    expect(scripts()).toHaveLength(2)
  })

  it("adds to a queue that already exists rather than replacing it", async () => {
    const { observers, self } = runLoader("visible")
    self.__next_f = [["earlier"]]
    observers[0]!.callback()
    await settle()
    expect(self.__next_f).toEqual([["earlier"], [0], [1, "a"]])
  })

  it("starts no chunk when the payload cannot be fetched: the server's page stays as it is", async () => {
    const { observers, scripts, self } = runLoader("visible", { payload: 404 })
    observers[0]!.callback()
    await settle()
    expect(scripts()).toEqual([])
    expect(self.__next_f).toBeUndefined()
  })

  it("loads only the chunks on a page without a payload", () => {
    const { observers, scripts, fetched } = runLoader("visible", { payload: null })
    observers[0]!.callback()
    expect(fetched).toEqual([])
    expect(scripts()).toEqual(["/a.js", "/b.js"])
  })

  it("loads anyway after 5 s if the browser never reports the paint", async () => {
    const { timers, scripts } = runLoader("visible")
    expect(timers.map((t) => t.ms)).toEqual([5000])
    timers[0]!.run()
    await settle()
    expect(scripts()).toEqual(["/a.js", "/b.js"])
  })

  it("without paint timing, waits for a frame and the task after it", async () => {
    const { frames, timers, observers, fetched, scripts } = runLoader("visible", { paintTiming: false })
    expect(observers).toEqual([])
    frames.shift()!()
    expect(fetched).toEqual([]) // still inside the frame: the paint has not happened yet
    timers.shift()!.run()
    await settle()
    expect(scripts()).toEqual(["/a.js", "/b.js"])
  })

  it("loads at once in a background tab, where nothing is painted until the tab is shown", async () => {
    const { frames, observers, fetched, scripts } = runLoader("hidden")
    expect(frames).toEqual([])
    expect(observers).toEqual([])
    expect(fetched).toEqual(["/p.json"])
    await settle()
    expect(scripts()).toEqual(["/a.js", "/b.js"])
  })
})

describe("rewritePage, the build step's rewrite of one page", () => {
  it("defers the start-up scripts of a page as Next writes it", () => {
    const { html, payload } = deferHydration(PAGE)
    expect(rewritePage(PAGE)).toEqual({ html, payload })
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
    const once = rewritePage(PAGE).html
    expect(rewritePage(once)).toEqual({ html: once, payload: null })
    const plain = "<!DOCTYPE html><html><head></head><body><p>x</p></body></html>"
    expect(hasScripts(plain)).toBe(false)
    expect(rewritePage(plain)).toEqual({ html: plain, payload: null })
    // The noModule fallback alone runs in no modern browser: nothing to defer.
    const fallbackOnly = plain.replace("</head>", '<script src="/p.js" noModule=""></script></head>')
    expect(rewritePage(fallbackOnly)).toEqual({ html: fallbackOnly, payload: null })
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
    // The payload is not a start-up chunk (compile-hints.ts marks only chunks).
    expect(startupScriptUrls(rewritePage(PAGE).html)).toEqual(expected)
  })
})
