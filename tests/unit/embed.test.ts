import { describe, expect, it } from "vitest"
import { EMBED_HEIGHT_MESSAGE, embedSnippet } from "@/lib/url/embed"

const origin = "https://dash.example.org"
const snippet = embedSnippet({
  origin,
  path: "/ar/embed/inhope?scale=genai-ncmec:linear",
  title: 'INHOPE "reports" & <caveats>',
  height: 2100,
})

/** Runs the snippet's script as a host page would, with its frame and the page's message listener. */
function runScript() {
  const script = /<script>([\s\S]*)<\/script>/.exec(snippet)![1]!
  const contentWindow = {}
  const frame = { contentWindow, style: { height: "" } }
  let listener: ((e: { origin: string; source: unknown; data: unknown }) => void) | undefined
  const addEventListener = (type: string, fn: typeof listener) => {
    if (type === "message") listener = fn
  }
  const document = { currentScript: { previousElementSibling: frame } }
  new Function("addEventListener", "document", script)(addEventListener, document)
  const send = (e: { origin?: string; source?: unknown; data: unknown }) =>
    listener!({ origin: e.origin ?? origin, source: e.source ?? contentWindow, data: e.data })
  return { frame, send }
}

describe("the embed code", () => {
  it("is a frame of the figure with a height that shows its caveats, then the optional script", () => {
    const [frame, script, ...rest] = snippet.split("\n")
    expect(rest).toEqual([])
    expect(frame).toBe(
      `<iframe src="https://dash.example.org/ar/embed/inhope?scale=genai-ncmec:linear" title="INHOPE &quot;reports&quot; &amp; &lt;caveats>" width="100%" height="2100" style="border:0" loading="lazy"></iframe>`,
    )
    expect(script).toMatch(/^<script>.*<\/script>$/)
    expect(script).toContain(`e.origin==="${origin}"`)
  })

  it("resizes its own frame to the height the embed posts", () => {
    const { frame, send } = runScript()
    send({ data: { type: EMBED_HEIGHT_MESSAGE, id: "inhope", height: 1734.2 } })
    expect(frame.style.height).toBe("1735px")
  })

  it("ignores a message from another origin, another frame, or of another shape", () => {
    const { frame, send } = runScript()
    const message = { type: EMBED_HEIGHT_MESSAGE, id: "inhope", height: 900 }
    send({ origin: "https://evil.example", data: message })
    send({ source: {}, data: message })
    send({ data: { ...message, type: "resize" } })
    send({ data: { ...message, height: "900" } })
    send({ data: { ...message, height: -5 } })
    send({ data: { ...message, height: 1e9 } })
    send({ data: null })
    expect(frame.style.height).toBe("")
  })

  it("cannot be broken out of by its origin", () => {
    const s = embedSnippet({ origin: "https://x</script><b>", path: "/embed/iwf", title: "t", height: 1 })
    expect(s.match(/<\/script>/g)).toHaveLength(1)
  })
})
