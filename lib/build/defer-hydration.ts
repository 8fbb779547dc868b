/**
 * Paint first, then hydrate. Next.js writes each start-up chunk of a page as
 * `<script src="/_next/static/chunks/…" async="">` in the head, so the browser fetches and runs about
 * 150 KiB of scripts (React DOM, the router) alongside the stylesheet and fonts, before the first
 * frame. On a slow phone network those downloads share the bandwidth that the text needs, and on a slow
 * CPU their start-up work runs before anything is drawn. Every page here is complete as server HTML (its
 * text, charts, data tables and caveats all render without JavaScript), so nothing on screen needs a
 * script to appear.
 *
 * The same holds for the page's serialised React tree (the RSC payload): Next writes it into the
 * document as a run of inline `self.__next_f.push(…)` scripts after the content, and only hydration reads
 * it. On `/` it is 544 KB of the 903 KB document (60 of its 118 KB gzipped): the phone downloads it
 * before the document is complete, and the browser decodes and scans it in the same task that starts the
 * parse, ahead of the first layout.
 *
 * A build step (scripts/rewrite-pages.ts) rewrites every prerendered page: the payload moves, unchanged
 * and in order, into one static JSON file named by its content, and the start-up script tags become one
 * small inline loader that requests the payload and the same chunks once the browser has put its first
 * frame on screen. The page hydrates a moment later than before; the content no longer
 * waits for it. Pages rendered on demand (/compare and /briefing with a query, lib/http/query-views.ts)
 * are streamed by the server and keep Next's own tags.
 */
import { createHash } from "node:crypto"

/** The attribute on the loader that lists the deferred script URLs, space-separated. */
export const HYDRATION_ATTRIBUTE = "data-hydrate"
/** The attribute on the loader that names the page's payload file, when it has one. */
export const PAYLOAD_ATTRIBUTE = "data-payload"

/**
 * The loader's text. It is the same on every page (the URLs sit in its attributes), so one CSP hash
 * covers it everywhere. It waits for the browser's first paint entry, which is reported once the frame
 * is on screen: producing a frame and showing it can be far apart (on this project's test machine the
 * display sometimes took a second longer), and the point is that the reader sees the page first.
 * Where paint timing is not supported, it waits one animation frame and a task, by which time that
 * frame has been painted. The safety timeout covers a browser that never reports the paint. A page
 * opened in a background tab paints nothing until it is shown, so there the scripts load at once.
 *
 * On a page with a payload (every page Next prerenders has one), the loader fetches it as JSON and puts
 * its entries in `self.__next_f` before it adds a single chunk: Next's start-up code reads that queue once
 * and then closes the stream, so the payload must be in it first. The chunks download meanwhile, from
 * preload hints added at the same moment, and run in any order, as Next's own async tags do. The payload is
 * data, not a script: as one 544 KB script, V8 compiled its string literals on the main thread in one
 * task of 25–53 ms (four times that at Lighthouse's mobile slowdown), where JSON.parse reads it in a few. If the
 * payload cannot be fetched, no chunk is added: the page stays as the server drew it, complete and
 * readable, rather than starting React without its tree.
 */
export const HYDRATION_LOADER =
  "(function(c){var s=c.getAttribute('" +
  HYDRATION_ATTRIBUTE +
  "').split(' '),p=c.getAttribute('" +
  PAYLOAD_ATTRIBUTE +
  "'),d=0," +
  "add=function(t,f){s.forEach(function(u){var e=document.createElement(t);f(e,u);document.head.appendChild(e)})}," +
  "run=function(){add('script',function(e,u){e.src=u;e.async=true})}," +
  "l=function(){if(d)return;d=1;if(!p)return run();" +
  "add('link',function(e,u){e.rel='preload';e.as='script';e.href=u});" +
  "fetch(p).then(function(r){if(!r.ok)throw r.status;return r.json()}).then(function(a){" +
  "var q=self.__next_f=self.__next_f||[];a.forEach(function(x){q.push(x)});run()},function(){})};" +
  "if(document.visibilityState!=='visible')return l();" +
  "var P=window.PerformanceObserver;" +
  "if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf('paint')>=0){" +
  "new P(function(){l()}).observe({type:'paint',buffered:true});setTimeout(l,5000)}" +
  "else requestAnimationFrame(function(){setTimeout(l,0)})})(document.currentScript)"

/**
 * One script of the payload, as Next writes it: the first creates the queue, each of the others adds a
 * piece of the serialised tree; the argument of each push is JSON. Next escapes `<` in the strings it
 * writes here (so that no `</script>` can end the tag early), which is why the argument can be matched up
 * to the first `<`.
 */
const PAYLOAD_SCRIPT =
  /<script>(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\(([^<]*)\)<\/script>/g

/** Any inline script that touches Next's payload queue, in whatever form. */
const ANY_PAYLOAD_SCRIPT = /<script\b[^>]*>(?:(?!<\/script>)[\s\S])*?__next_f[\s\S]*?<\/script>/

/** A page's payload as a static file: its path under the build directory, its URL and its JSON text. */
export type PayloadFile = { path: string; url: string; source: string }

/**
 * The payload scripts of a page, removed from it, their arguments joined in order into one JSON array:
 * the same entries pushed in the same order, so what hydration reads is unchanged. Throws when an
 * argument is not JSON, or when a script touching the queue is in another form (Next changed what it
 * writes there). Named by its content, so the file can be
 * cached for good and pages that happen to share a payload share the file.
 */
export function extractPayload(html: string): { html: string; payload: PayloadFile | null } {
  const entries: string[] = []
  const stripped = html.replace(PAYLOAD_SCRIPT, (tag, argument: string) => {
    entries.push(argument)
    return ""
  })
  // A payload script left behind would run during the parse, before the entries moved to the file: the
  // queue would be out of order. So every one moves, or the build stops.
  const left = ANY_PAYLOAD_SCRIPT.exec(stripped)
  if (left) {
    throw new Error(
      `a payload script is written in a form the rewrite does not know, so the payload cannot be moved out ` +
        `of the page in order: ${left[0].slice(0, 80)}`,
    )
  }
  if (entries.length === 0) return { html, payload: null }
  const source = `[${entries.join(",\n")}]\n`
  let parsed: unknown
  try {
    parsed = JSON.parse(source)
  } catch (error) {
    throw new Error(`the page's payload is not JSON, so it cannot be moved out of the page: ${error}`)
  }
  if (!Array.isArray(parsed) || parsed.length !== entries.length) {
    throw new Error(
      `the page's payload scripts push ${entries.length} entries, but the file would hold another number`,
    )
  }
  const name = createHash("sha256").update(source).digest("hex").slice(0, 20)
  const path = `static/payload/${name}.json`
  return { html: stripped, payload: { path, url: `/_next/${path}`, source } }
}

/** Next's start-up script tag, exactly as it renders it in a prerendered page. */
const STARTUP_SCRIPT = /<script src="(\/_next\/static\/[^"\s]+\.js)" async=""><\/script>/g
/** A preload hint for a script; Next adds one (low priority) for the page's main chunk. */
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\srel="preload")(?=[^>]*\sas="script")[^>]*\shref="([^"]+)"[^>]*>/g
/** Any external script: used to prove that no start-up script escaped the pattern above. */
const EXTERNAL_SCRIPT = /<script\b([^>]*\ssrc="[^"]*"[^>]*)>/g

type DeferResult = { html: string; deferred: string[]; payload: PayloadFile | null }

/**
 * The page with its start-up scripts replaced by the loader, its payload moved out (extractPayload), and
 * without the preload hints for those scripts. The loader goes last in the body: an inline script waits
 * for the stylesheets before it, so in the head it would hold up the parsing of the whole page until the
 * CSS arrived.
 * A page that already has the loader is returned unchanged (the step is idempotent); a page with no
 * start-up script is returned unchanged too. Throws when an external script other than the browser
 * fallback (`noModule`) would still load before the first frame, because the markup Next writes has
 * changed and the rewrite would be silently incomplete.
 */
export function deferHydration(html: string): DeferResult {
  if (html.includes(`${HYDRATION_ATTRIBUTE}="`)) return { html, deferred: [], payload: null }
  const deferred: string[] = []
  let stripped = html.replace(STARTUP_SCRIPT, (tag, src: string) => {
    deferred.push(src)
    return ""
  })
  for (const [, attributes] of stripped.matchAll(EXTERNAL_SCRIPT)) {
    if (!/\snomodule(?:=|\s|$)/i.test(attributes!)) {
      throw new Error(`a start-up script is written in an unexpected form: <script${attributes}>`)
    }
  }
  if (deferred.length === 0) return { html, deferred, payload: null }
  // A preload hint would fetch a deferred script before the first frame after all.
  stripped = stripped.replace(SCRIPT_PRELOAD, (tag, href: string) => (deferred.includes(href) ? "" : tag))
  const { html: content, payload } = extractPayload(stripped)
  const end = content.lastIndexOf("</body>")
  if (end < 0) throw new Error("the page has no </body> to put the loader before")
  const payloadAttribute = payload ? ` ${PAYLOAD_ATTRIBUTE}="${payload.url}"` : ""
  const loader = `<script ${HYDRATION_ATTRIBUTE}="${deferred.join(" ")}"${payloadAttribute}>${HYDRATION_LOADER}</script>`
  return { html: content.slice(0, end) + loader + content.slice(end), deferred, payload }
}

/** Any script element: inline (the bootstrap, the React payload) or external. */
const ANY_SCRIPT = /<script\b([^>]*)>/g

/**
 * Does the page run any script a modern browser would execute? The noModule fallback does not count:
 * only browsers without modules run it.
 */
export const hasScripts = (html: string) =>
  [...html.matchAll(ANY_SCRIPT)].some(([, attributes]) => !/\snomodule(?:=|\s|$)/i.test(attributes!))

/** Has the page been rewritten: does it carry the loader? */
const isDeferred = (html: string) => html.includes(`<script ${HYDRATION_ATTRIBUTE}="`)

/**
 * The build step's rewrite of one page, which must leave no page with scripts as Next wrote it: a page
 * whose scripts were not deferred would silently load them before the first frame again (Next changed
 * its markup, say), so that is an error, not a count in the log. A page that already has the loader
 * (the step ran twice) and a page with no script at all are returned as they are. The payload, when the
 * page had one, is for the caller to write where its URL points (`/_next/` + path, under the build
 * directory).
 */
export function rewritePage(html: string): { html: string; payload: PayloadFile | null } {
  const { html: rewritten, payload } = deferHydration(html)
  if (hasScripts(rewritten) && !isDeferred(rewritten)) {
    throw new Error(
      "the page has scripts but none of them was deferred: Next no longer writes its start-up scripts " +
        'as <script src="/_next/static/…" async="">, so lib/build/defer-hydration.ts must learn the new form',
    )
  }
  return { html: rewritten, payload }
}

/**
 * The start-up scripts of a prerendered page, rewritten or not: the loader's list, and any of Next's
 * async script tags still in the page. Not the noModule fallback, and not the scripts the page loads
 * later (chart drawing, export code), which appear in no tag.
 */
export function startupScriptUrls(html: string): string[] {
  const urls: string[] = []
  for (const [, list] of html.matchAll(new RegExp(`<script ${HYDRATION_ATTRIBUTE}="([^"]*)"`, "g"))) {
    urls.push(...list!.split(" ").filter(Boolean))
  }
  for (const [, src] of html.matchAll(STARTUP_SCRIPT)) urls.push(src!)
  return [...new Set(urls)]
}
