import { defineRouting } from "next-intl/routing"

// English at "/", Arabic at "/ar". No detection from the browser: a link shared in a briefing must open
// in the language it was shared in, whoever clicks it.
export const routing = defineRouting({
  locales: ["en", "ar"],
  defaultLocale: "en",
  localePrefix: "as-needed",
  localeDetection: false,
})

export type AppLocale = (typeof routing.locales)[number]

export function isAppLocale(value: string): value is AppLocale {
  return (routing.locales as readonly string[]).includes(value)
}

export function directionOf(locale: AppLocale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr"
}
