import { createTranslator } from "next-intl"
import ar from "@/messages/ar.json"
import en from "@/messages/en.json"
import type { Translate } from "../charts/spec"
import type { Locale } from "../data/schema"
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
    | "categories"
    | "gaps"
    | "bridge"
    | "spreadsheet"
    | "download"
    | "contentNote"
    | "cite"
    | "glossary",
): Translate {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace })
  return (key, values) =>
    (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values)
}

/**
 * A translator that renders a message's markup tags (`<b>…</b>`, `<url></url>`) as plain text: each tag
 * becomes what `tags` gives for it, or its own content. For files with no markup of their own, such as
 * the text boxes of a PowerPoint slide.
 */
export function plainTranslatorFor(
  locale: Locale,
  namespace: "explainer" | "briefing",
  tags: Record<string, (chunks: string) => string> = {},
): Translate {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace })
  const markup = t.markup as unknown as (
    k: string,
    v?: Record<string, string | number | ((chunks: string) => string)>,
  ) => string
  const plain = { b: (c: string) => c, ...tags }
  return (key, values) => markup(key, { ...plain, ...values })
}
