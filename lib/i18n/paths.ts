import type { Locale } from "./locale"

/**
 * The same page in another language: "/compare" ⇄ "/ar/compare". English has no prefix, so a link
 * to English never goes through "/en" (which only redirects).
 */
export function localizedPath(pathname: string, target: Locale): string {
  const bare = pathname.replace(/^\/(ar|en)(?=\/|$)/, "") || "/"
  if (target === "en") return bare
  return bare === "/" ? "/ar" : `/ar${bare}`
}

/** The language of a path as given: "/ar" and "/ar/…" are Arabic, everything else English. */
export const localeOfPath = (pathname: string): Locale => (/^\/ar(?:\/|$)/.test(pathname) ? "ar" : "en")
