/**
 * Arabic pages preload their Arabic font. The face is declared by next/font (app/fonts.ts) without a
 * preload, because the layout is shared by both languages and English pages should not download it. So
 * on an Arabic page the browser only discovered the font after the first style pass: it painted with a
 * fallback, then laid the whole right-to-left page out again when the font arrived, which on a slow
 * phone was one more long task (Lighthouse, 5 runs on /ar: total blocking time 342 → 233 ms with the
 * preload, performance 91 → 95).
 *
 * The post-build step (scripts/rewrite-pages.ts) reads the font files' hashed URLs from the page's own
 * stylesheet and adds the preload hints to every prerendered page whose document is in Arabic.
 */

/** The family next/font gives the Arabic face: the name of its declaration in app/fonts.ts. */
export const ARABIC_FONT_FAMILY = "arabicFont"

const FONT_FACE = /@font-face\s*\{([^}]*)\}/g

/**
 * The woff2 files of one family's @font-face rules in a stylesheet, resolved against the stylesheet's
 * own URL (next/font writes them relative: `url(../media/x.woff2)`).
 */
export function fontFaceUrls(css: string, family: string, stylesheetUrl: string): string[] {
  const urls: string[] = []
  for (const [, body] of css.matchAll(FONT_FACE)) {
    const name = /font-family:\s*(?:"([^"]+)"|'([^']+)'|([^;]+?))\s*(?:;|$)/.exec(body!)
    if ((name?.[1] ?? name?.[2] ?? name?.[3]) !== family) continue
    for (const [, src] of body!.matchAll(/url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/g)) {
      urls.push(new URL(src!, new URL(stylesheetUrl, "http://x")).pathname)
    }
  }
  return [...new Set(urls)]
}

/** The stylesheets a page links, in order. */
export const stylesheetHrefs = (html: string) =>
  [...html.matchAll(/<link\b(?=[^>]*\srel="stylesheet")[^>]*\shref="([^"]+)"[^>]*>/g)].map((m) => m[1]!)

/** Is the document in Arabic (`<html lang="ar"`)? */
export const isArabicDocument = (html: string) => /<html\b[^>]*\slang="ar"/.test(html)

export const fontPreloadTag = (href: string) =>
  `<link rel="preload" href="${href}" as="font" crossorigin="" type="font/woff2"/>`

/**
 * The page with a preload hint for each font URL, just before its first stylesheet (where next/font
 * puts its own), skipping any already there. Idempotent.
 */
export function withFontPreloads(html: string, hrefs: readonly string[]): string {
  const missing = hrefs.filter((h) => !html.includes(`rel="preload" href="${h}"`))
  if (missing.length === 0) return html
  const at = html.search(/<link\b(?=[^>]*\srel="stylesheet")/)
  if (at < 0) throw new Error("the page links no stylesheet to put the font preloads before")
  return html.slice(0, at) + missing.map(fontPreloadTag).join("") + html.slice(at)
}
