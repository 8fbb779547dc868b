import { describe, expect, it } from "vitest"
import {
  ARABIC_FONT_FAMILY,
  fontFaceUrls,
  fontPreloadTag,
  isArabicDocument,
  stylesheetHrefs,
  withFontPreloads,
} from "@/lib/font-preload"

// As next/font writes it into the built stylesheet (shortened).
const CSS =
  '@font-face{font-family:latinFont;src:url(../media/geist-s.p.1.woff2)format("woff2");font-display:swap}' +
  "@font-face{font-family:latinFont Fallback;src:local(Arial);size-adjust:106.28%}" +
  '@font-face{font-family:arabicFont;src:url(../media/noto_400-s.a.woff2)format("woff2");font-weight:400}' +
  '@font-face{font-family:arabicFont;src:url(../media/noto_700-s.b.woff2)format("woff2");font-weight:700}' +
  "@font-face{font-family:arabicFont Fallback;src:local(Arial)}"

const PAGE =
  '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/>' +
  '<link rel="preload" href="/_next/static/media/geist-s.p.1.woff2" as="font" crossorigin="" type="font/woff2"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>' +
  "</head><body><h1>الاتجاهات</h1></body></html>"

describe("fontFaceUrls", () => {
  it("finds the Arabic face's files, as site paths, and nothing of the other families or fallbacks", () => {
    expect(fontFaceUrls(CSS, ARABIC_FONT_FAMILY, "/_next/static/chunks/app.css")).toEqual([
      "/_next/static/media/noto_400-s.a.woff2",
      "/_next/static/media/noto_700-s.b.woff2",
    ])
    expect(fontFaceUrls(CSS, "latinFont", "/_next/static/chunks/app.css")).toEqual([
      "/_next/static/media/geist-s.p.1.woff2",
    ])
  })

  it("reads quoted family names and quoted URLs too", () => {
    const css = "@font-face{font-family:'arabicFont';src:url(\"/fonts/a.woff2\") format('woff2')}"
    expect(fontFaceUrls(css, ARABIC_FONT_FAMILY, "/x.css")).toEqual(["/fonts/a.woff2"])
  })
})

describe("withFontPreloads", () => {
  const fonts = ["/_next/static/media/noto_400-s.a.woff2", "/_next/static/media/noto_700-s.b.woff2"]

  it("adds one preload per file before the stylesheet, next to the Latin font's", () => {
    const html = withFontPreloads(PAGE, fonts)
    const tags = fonts.map(fontPreloadTag).join("")
    expect(html).toBe(PAGE.replace('<link rel="stylesheet"', `${tags}<link rel="stylesheet"`))
  })

  it("is idempotent", () => {
    const once = withFontPreloads(PAGE, fonts)
    expect(withFontPreloads(once, fonts)).toBe(once)
  })

  it("fails on a page without a stylesheet", () => {
    expect(() => withFontPreloads("<html><head></head></html>", fonts)).toThrow(/no stylesheet/)
  })
})

describe("page helpers", () => {
  it("tells Arabic documents from English ones and lists the stylesheets", () => {
    expect(isArabicDocument(PAGE)).toBe(true)
    expect(isArabicDocument(PAGE.replace('lang="ar"', 'lang="en"'))).toBe(false)
    expect(stylesheetHrefs(PAGE)).toEqual(["/_next/static/chunks/app.css"])
  })
})
