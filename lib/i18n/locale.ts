import { notFound } from "next/navigation"
import type { Locale } from "../data/schema"

// The one locale type is the schema's (lib/data/schema.ts): everything that takes a language takes a Locale.
export type { Locale }

/**
 * The site's languages, English first (the default). Spelled out rather than read from the schema so that
 * the browser code that checks a locale does not carry the schema module; `satisfies` keeps it to the
 * schema's languages.
 */
export const LOCALES = ["en", "ar"] as const satisfies readonly Locale[]

export function isLocale(value: string | undefined): value is Locale {
  return LOCALES.some((l) => l === value)
}

/**
 * A page's `[locale]` segment, checked: the layout lets only en and ar through, so anything else never
 * renders; here it is a 404 rather than a cast.
 */
export async function localeOf(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

/** An API's `lang=` as parseQuery left it (checked against en and ar): English when absent. */
export function queryLocale(lang: string[] | undefined): Locale {
  const value = lang?.[0]
  return isLocale(value) ? value : "en"
}
