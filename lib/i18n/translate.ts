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

/** The keys of one namespace's own messages (not those in its groups), as a translator over it takes them. */
export type KeyIn<N extends Namespace> = {
  [K in keyof Messages[N]]: Messages[N][K] extends string ? K : never
}[keyof Messages[N]] &
  string

function isKeyIn<N extends Namespace>(messages: Messages, namespace: N, key: string): key is KeyIn<N> {
  return !key.includes(".") && isMessageKey(messages, `${namespace}.${key}`)
}

/**
 * A key picked from data (a reading's `message` in data/figures.json), checked to name one of the
 * namespace's messages, so that a component's `t("…")` over that namespace takes it as a known key. A key
 * the catalogue lacks is an error, as in the translators below (tests/unit/takeaway.test.ts checks the
 * data's keys).
 */
export function keyIn<N extends Namespace>(namespace: N, key: string): KeyIn<N> {
  if (!isKeyIn(messagesFor("en"), namespace, key))
    throw new Error(`no message ${namespace}.${key} in the catalogue`)
  return key
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
