import type { FigureId } from "../charts/figure-defs"

// An embedded figure (/embed/<id>) tells the page that frames it how tall it is, so that a frame can fit
// it and the caveats are never cut off below the frame. The embed page posts the message
// (components/figure/embed-height.tsx); the optional script in the embed code listens for it.

export const EMBED_HEIGHT_MESSAGE = "csea-embed-height"

// A plain type, not a zod schema: the embed page sends it and never parses one, and zod in a browser
// bundle probes for eval, which the Content-Security-Policy reports (see lib/url/scale-param.ts).
export type EmbedHeightMessage = {
  type: typeof EMBED_HEIGHT_MESSAGE
  id: string
  /** The embed's content height in CSS pixels, rounded up. */
  height: number
}

/**
 * The frame's height in the embed code, for a host page that does not run the script: how far down each
 * figure's "Why this moved" box ends, measured in a frame across a 1280 px wide window and in one 800 px
 * wide (an article column), in both languages, taking the lowest, with a margin, rounded up to 50 px.
 * At those widths no caveat is below the frame; a wide frame may show some blank space below the figure
 * instead. tests/e2e/embed.spec.ts measures it again, so a figure that grows fails the test rather than
 * losing its caveats below the frame.
 */
export const EMBED_HEIGHTS: Readonly<Record<FigureId, number>> = {
  cybertipline: 2300,
  genai: 2500,
  enticement: 1850,
  sextortion: 2400,
  hosting: 2100,
  inhope: 2100,
  iwf: 1300,
}

type SnippetInput = {
  /** The embedding site's view of this site: "https://example.org" (lib/http/public-origin.ts). */
  origin: string
  /** "/embed/genai", "/ar/embed/inhope?scale=…". */
  path: string
  title: string
  height: number
}

const escapeAttribute = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")

/**
 * The embed code: an <iframe> whose own height shows the caveats, then a short script, which the host
 * may leave out, that resizes that frame (the script's previous sibling) to the height the embed posts.
 * It trusts a message only from the embed's origin and from that frame's own window.
 */
export function embedSnippet({ origin, path, title, height }: SnippetInput): string {
  const frame = `<iframe src="${escapeAttribute(origin + path)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`
  const script =
    `<script>(function(f){addEventListener("message",function(e){var d=e.data;` +
    `if(e.origin===${JSON.stringify(origin).replace(/</g, "\\u003c")}&&e.source===f.contentWindow&&d&&d.type===${JSON.stringify(EMBED_HEIGHT_MESSAGE)}` +
    `&&typeof d.height==="number"&&d.height>0&&d.height<20000)f.style.height=Math.ceil(d.height)+"px"})})(document.currentScript.previousElementSibling)</script>`
  return `${frame}\n${script}`
}
