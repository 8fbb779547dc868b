/**
 * Paint first, then hydrate. Next.js writes each start-up chunk of a page as
 * `<script src="/_next/static/chunks/…" async="">` in the head, so the browser fetches and runs about
 * 150 KiB of scripts (React DOM, the router) alongside the stylesheet and fonts, before the first
 * frame. On a slow phone network those downloads share the bandwidth that the text needs, and on a slow
 * CPU their start-up work runs before anything is drawn. Every page here is complete as server HTML (its
 * text, charts, data tables and caveats all render without JavaScript), so nothing on screen needs a
 * script to appear.
 *
 * A build step (scripts/rewrite-pages.ts) rewrites every prerendered page: the start-up script
 * tags become one small inline loader that requests the same files, in the same order and still async,
 * once the browser has put its first frame on screen. The page hydrates a moment later than before; the
 * content no longer waits for it. Pages rendered on demand (/compare and /briefing with a query,
 * lib/http/query-views.ts) are streamed by the server and keep Next's own tags.
 */

/** The attribute on the loader that lists the deferred script URLs, space-separated. */
export const HYDRATION_ATTRIBUTE = "data-hydrate"

/**
 * The loader's text. It is the same on every page (the URLs sit in its attribute), so one CSP hash
 * covers it everywhere. It waits for the browser's first paint entry, which is reported once the frame
 * is on screen: producing a frame and showing it can be far apart (on this project's test machine the
 * display sometimes took a second longer), and the point is that the reader sees the page first.
 * Where paint timing is not supported, it waits one animation frame and a task, by which time that
 * frame has been painted. The safety timeout covers a browser that never reports the paint. A page
 * opened in a background tab paints nothing until it is shown, so there the scripts load at once.
 */
export const HYDRATION_LOADER =
  "(function(s){var d=0,l=function(){if(d)return;d=1;s.split(' ').forEach(function(u){" +
  "var e=document.createElement('script');e.src=u;e.async=true;document.head.appendChild(e)})};" +
  "if(document.visibilityState!=='visible')return l();" +
  "var P=window.PerformanceObserver;" +
  "if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf('paint')>=0){" +
  "new P(function(){l()}).observe({type:'paint',buffered:true});setTimeout(l,5000)}" +
  "else requestAnimationFrame(function(){setTimeout(l,0)})})" +
  `(document.currentScript.getAttribute('${HYDRATION_ATTRIBUTE}'))`

/** Next's start-up script tag, exactly as it renders it in a prerendered page. */
const STARTUP_SCRIPT = /<script src="(\/_next\/static\/[^"\s]+\.js)" async=""><\/script>/g
/** A preload hint for a script; Next adds one (low priority) for the page's main chunk. */
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\srel="preload")(?=[^>]*\sas="script")[^>]*\shref="([^"]+)"[^>]*>/g
/** Any external script: used to prove that no start-up script escaped the pattern above. */
const EXTERNAL_SCRIPT = /<script\b([^>]*\ssrc="[^"]*"[^>]*)>/g

type DeferResult = { html: string; deferred: string[] }

/**
 * The page with its start-up scripts replaced by the loader, and without the preload hints for those
 * scripts. The loader goes last in the body: an inline script waits for the stylesheets before it, so
 * in the head it would hold up the parsing of the whole page until the CSS arrived.
 * A page that already has the loader is returned unchanged (the step is idempotent); a page with no
 * start-up script is returned unchanged too. Throws when an external script other than the browser
 * fallback (`noModule`) would still load before the first frame, because the markup Next writes has
 * changed and the rewrite would be silently incomplete.
 */
export function deferHydration(html: string): DeferResult {
  if (html.includes(`${HYDRATION_ATTRIBUTE}="`)) return { html, deferred: [] }
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
  if (deferred.length === 0) return { html, deferred }
  // A preload hint would fetch a deferred script before the first frame after all.
  stripped = stripped.replace(SCRIPT_PRELOAD, (tag, href: string) => (deferred.includes(href) ? "" : tag))
  const end = stripped.lastIndexOf("</body>")
  if (end < 0) throw new Error("the page has no </body> to put the loader before")
  const loader = `<script ${HYDRATION_ATTRIBUTE}="${deferred.join(" ")}">${HYDRATION_LOADER}</script>`
  return { html: stripped.slice(0, end) + loader + stripped.slice(end), deferred }
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
 * (the step ran twice) and a page with no script at all are returned as they are.
 */
export function rewritePage(html: string): string {
  const { html: rewritten } = deferHydration(html)
  if (hasScripts(rewritten) && !isDeferred(rewritten)) {
    throw new Error(
      "the page has scripts but none of them was deferred: Next no longer writes its start-up scripts " +
        'as <script src="/_next/static/…" async="">, so lib/build/defer-hydration.ts must learn the new form',
    )
  }
  return rewritten
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
