import { createTranslator } from "next-intl"
import ar from "@/messages/ar.json"
import en from "@/messages/en.json"
import type { Translate } from "../chart"
import type { Locale } from "../schema"
import { ESSENTIALS } from "./essentials"

const catalogues = { en: { ...en, ...ESSENTIALS.en }, ar: { ...ar, ...ESSENTIALS.ar } }

/** A plain translator over one namespace, for lib code that builds text outside React. */
export function translatorFor(
  locale: Locale,
  namespace:
    | "chart"
    | "takeaway"
    | "explainer"
    | "compare"
    | "figures"
    | "figure"
    | "figurePage"
    | "export"
    | "status"
    | "briefing"
    | "categories",
): Translate {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace })
  return (key, values) =>
    (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values)
}
