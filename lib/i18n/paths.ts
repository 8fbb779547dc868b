import type { AppLocale } from "./routing"

/**
 * The same page in another language: "/compare" ⇄ "/ar/compare". English has no prefix, so a link
 * to English never goes through "/en" (which only redirects).
 */
export function localizedPath(pathname: string, target: AppLocale): string {
  const bare = pathname.replace(/^\/(ar|en)(?=\/|$)/, "") || "/"
  if (target === "en") return bare
  return bare === "/" ? "/ar" : `/ar${bare}`
}

/** The language of a path as given: "/ar" and "/ar/…" are Arabic, everything else English. */
export const localeOfPath = (pathname: string): AppLocale => (/^\/ar(?:\/|$)/.test(pathname) ? "ar" : "en")
