import ar from "@/messages/ar.json"
import en from "@/messages/en.json"
import { ESSENTIALS } from "./essentials"
import type { Locale } from "./locale"

/**
 * The one place the catalogues are loaded: messages/en.json and ar.json, with the content note and the
 * error texts of messages/essentials.json (lib/i18n/essentials.ts) merged back in. The request config
 * (lib/i18n/request.ts) and the plain translators (lib/i18n/translate.ts) both read them from here.
 */
export const CATALOGUES = { en: { ...en, ...ESSENTIALS.en }, ar: { ...ar, ...ESSENTIALS.ar } }

/** Every message, typed from the English catalogue (tests/unit/i18n.test.ts keeps Arabic's keys the same). */
export type Messages = (typeof CATALOGUES)["en"]

export const messagesFor = (locale: Locale): Messages => CATALOGUES[locale]
