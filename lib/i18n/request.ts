import { getRequestConfig } from "next-intl/server"
import ar from "@/messages/ar.json"
import en from "@/messages/en.json"
import { ESSENTIALS } from "./essentials"
import { isLocale } from "./locale"
import { routing } from "./routing"

// The content note and the error texts live in messages/essentials.json (lib/i18n/essentials.ts).
const catalogues = { en: { ...en, ...ESSENTIALS.en }, ar: { ...ar, ...ESSENTIALS.ar } }

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = isLocale(requested) ? requested : routing.defaultLocale
  return { locale, messages: catalogues[locale] }
})
