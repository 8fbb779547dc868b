import type { Translate } from "../charts/spec"
import type { Locale } from "./locale"
import { translatorFor } from "./translate"

const translators = new Map<Locale, Translate>()

/**
 * The catalogues' "words" namespace: the words lib code puts around numbers, dates and citations
 * ("million", "about", "range … to …", "footnote"). One translator per locale, made once: formatValue
 * and its like run once for every value on a page or in a file.
 */
export function wordsFor(locale: Locale): Translate {
  let t = translators.get(locale)
  if (!t) translators.set(locale, (t = translatorFor(locale, "words")))
  return t
}
