import { defineRouting } from "next-intl/routing"
import { LOCALES, type Locale } from "./locale"

// English at "/", Arabic at "/ar". No detection from the browser: a link shared in a briefing must open
// in the language it was shared in, whoever clicks it.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "en",
  localePrefix: "as-needed",
  localeDetection: false,
})

export function directionOf(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr"
}
