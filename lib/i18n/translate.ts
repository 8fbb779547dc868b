import { createTranslator } from "next-intl"
import type { Translate } from "../charts/spec"
import { messagesFor, type Messages } from "./catalogues"
import type { Locale } from "./locale"

/** The catalogue's namespaces (its top-level keys). */
export type Namespace = keyof Messages

/** Every message's key ("chart.source", "briefing.counter"), as next-intl's translator takes them. */
type MessageKey = Parameters<ReturnType<typeof createTranslator<Messages>>>[0]

/**
 * Whether `key` names a message. Lib code that builds text outside React picks its keys from data
 * (`verdict.${v}`), so they are strings until checked here; a key the catalogue lacks is an error rather
 * than next-intl's fallback text in a file someone downloads.
 */
function isMessageKey(messages: Messages, key: string): key is MessageKey {
  let node: unknown = messages
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return false
    node = Reflect.get(node, part)
  }
  return typeof node === "string"
}

function checked(messages: Messages, namespace: Namespace, key: string): MessageKey {
  const full = `${namespace}.${key}`
  if (!isMessageKey(messages, full)) throw new Error(`no message ${full} in the catalogue`)
  return full
}

/** A plain translator over one namespace, for lib code that builds text outside React. */
export function translatorFor(locale: Locale, namespace: Namespace): Translate {
  const messages = messagesFor(locale)
  const t = createTranslator({ locale, messages })
  return (key, values) => t(checked(messages, namespace, key), values)
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
  const messages = messagesFor(locale)
  const t = createTranslator({ locale, messages })
  const plain = { b: (c: string) => c, ...tags }
  return (key, values) => t.markup(checked(messages, namespace, key), { ...plain, ...values })
}
