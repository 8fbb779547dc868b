import { getRequestConfig } from "next-intl/server"
import ar from "@/messages/ar.json"
import en from "@/messages/en.json"
import { isAppLocale, routing } from "./routing"

const catalogues = { en, ar }

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = requested && isAppLocale(requested) ? requested : routing.defaultLocale
  return { locale, messages: catalogues[locale] }
})
