import essentials from "@/messages/essentials.json"
import type { Locale } from "./locale"

/**
 * The few strings every page needs even when the page itself fails: the content note with its support
 * resources, and the error pages' text. They live apart from the two catalogues (messages/en.json and
 * ar.json) so that the error boundaries, which must run in the browser, can carry them without the whole
 * catalogue; lib/i18n/request.ts merges them back in, so server code reads them as the "contentNote" and
 * "errors" namespaces like any other.
 */
export const ESSENTIALS = essentials

export type Essentials = (typeof essentials)["en"]

export const essentialsFor = (locale: Locale): Essentials => essentials[locale]
