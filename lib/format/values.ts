import type { ContextFigure, Locale, Observation, Qualifier, Range, Unit } from "../data/schema"
import { wordsFor } from "../i18n/words"
import { formatNumber } from "./numbers"

export { formatAxisValue, formatNumber } from "./numbers"

/** The comma between the parts of a label or a list: Arabic has its own (،). Punctuation, not a word. */
export const COMMA: Record<Locale, string> = { en: ", ", ar: "، " }

const listFormats = new Map<Locale, Intl.ListFormat>()

/** "a, b and c" / "أ وب وج": the locale's own conjunction, not a comma joined in code. */
export function formatList(items: readonly string[], locale: Locale): string {
  let f = listFormats.get(locale)
  if (!f) listFormats.set(locale, (f = new Intl.ListFormat(locale, { type: "conjunction" })))
  return f.format(items)
}

// After a numeral Arabic counts 3 to 10 millions with the plural «ملايين» ("7 ملايين") and every other number
// with «مليون» ("1.6 مليون", "15.7 مليون", "20 مليون"), as the points messages do with «نقاط» and «نقطة»: the
// catalogue's words.million chooses by the locale's plural rules (CLDR "few": 3–10, and 103–110).
function millionsText(millions: number, locale: Locale): string {
  return wordsFor(locale)("million", { number: formatNumber(millions, locale, 1), count: millions })
}

/**
 * `text` (a formatted value) after its hedge word, where it has one: "about 1.6 million", «نحو 1.6 مليون».
 * Arabic "about" is «نحو» (words.qualified), the word the data texts and words.adjusted use, so that one
 * sentence does not say «بنحو 1.6 مليون» and then «حوالي 900,000» (quotes from the sources keep their own «حوالي»).
 */
export function withQualifier(text: string, qualifier: Qualifier | undefined, locale: Locale): string {
  return qualifier ? wordsFor(locale)(`qualified.${qualifier}`, { value: text }) : text
}

/**
 * A value as a reader should see it: a figure the source rounded to 0.1 million reads "20.5 million",
 * an exact count keeps every digit, and a percent keeps its decimals.
 */
export function formatValue(value: number, unit: Unit, locale: Locale): string {
  if (unit === "percent") return `${formatNumber(value, locale)}%`
  if (value >= 1_000_000 && value % 100_000 === 0) return millionsText(value / 1_000_000, locale)
  return formatNumber(value, locale, 0)
}

export function formatQualified(value: number, unit: Unit, locale: Locale, qualifier?: Qualifier): string {
  return withQualifier(formatValue(value, unit, locale), qualifier, locale)
}

/**
 * Two formatted ends as a range: "range 11,625 to 37,000", «المدى من 11,625 إلى 37,000» (words.range). Words,
 * not a dash: a dash between two numbers would read backwards in a right-to-left line.
 */
export function formatRangeText(low: string, high: string, locale: Locale): string {
  return wordsFor(locale)("range", { low, high })
}

function formatRange(range: Range, unit: Unit, locale: Locale): string {
  return formatRangeText(formatValue(range.low, unit, locale), formatValue(range.high, unit, locale), locale)
}

/**
 * A value as every surface shows it: with its hedge word and, where it rests on uncertain inputs, its
 * range, so that "nearly 37,000" is never read, copied or exported without "range 11,625 to 37,000".
 */
export function formatObservation(o: Observation, unit: Unit, locale: Locale): string {
  const v = formatQualified(o.value, unit, locale, o.qualifier)
  return o.range ? `${v} (${formatRange(o.range, unit, locale)})` : v
}

/** What a value takes for granted, as one paragraph: empty for a plain reported figure. */
export function formatAssumptions(o: Observation, locale: Locale): string {
  return (o.assumptions ?? []).map((a) => a[locale]).join(" ")
}

/** The one-line form, where a paragraph does not fit (a slide's headline); the full text otherwise. */
export function formatAssumptionsShort(o: Observation, locale: Locale): string {
  return o.assumptionsShort?.[locale] ?? formatAssumptions(o, locale)
}

/** A change as a label, with its sign: "−43%", "+218%", «⁦−43%⁩» (a table cell, a card, "(−43%)"). */
export function formatPercentChange(percent: number, locale: Locale): string {
  const sign = percent > 0 ? "+" : percent < 0 ? "−" : ""
  return isolateSigned(`${sign}${formatChangeSize(percent, locale)}`, locale)
}

/**
 * How big a change is, without its sign, for prose where a direction word already says which way it went:
 * "fell 43%", «انخفضت بنسبة 43%», «بزيادة قدرها 218%». A sign there says the direction twice, and for a fall
 * reads as a double negative ("fell −43%", «انخفضت بنسبة −43%»). The one rule for both languages: a value
 * after rose/fell (ارتفعت/انخفضت, بزيادة/بانخفاض, up/down) is this; a value with no direction word beside it
 * (a table cell, a parenthesis after the figures) is formatPercentChange. Same precision as the label.
 * `unit` "points" gives a change in percentage points, whose noun the caller's message adds.
 */
export function formatChangeSize(
  change: number,
  locale: Locale,
  unit: "percent" | "points" = "percent",
): string {
  const size = Math.abs(change)
  if (unit === "points") return formatNumber(size, locale)
  return `${formatNumber(size, locale, size < 10 ? 1 : 0)}%`
}

/** A change as a signed value in its unit, one left-to-right unit in Arabic: "−6.9 million", "+253,000". */
export function formatSignedValue(value: number, unit: Unit, locale: Locale): string {
  const sign = value < 0 ? "−" : "+"
  const abs = formatValue(Math.abs(value), unit, locale)
  // Only the sign and the digits are one left-to-right unit; the word after them ("مليون") stays in the
  // right-to-left line, where it belongs. An isolate or embedding that holds Arabic words is drawn out
  // of order by LibreOffice ("15.7− مليون" in its PDF of the deck), one of digits alone correctly.
  const number = /^[^\s]+/.exec(abs)![0]
  return `${isolateSigned(sign + number, locale)}${abs.slice(number.length)}`
}

/**
 * A signed value as one left-to-right unit inside Arabic text (U+2066 LRI … U+2069 PDI). Unisolated, the
 * bidi algorithm resolves a leading "−" or "+" before digits in a right-to-left line to the right of the
 * number ("−43%" showed as "43%−", "(+6%)" as "(6%+)"), and only where a page happened to set dir="ltr"
 * did it stay in front: the sign moved from page to page. Isolated, it reads "−43%" everywhere the text
 * goes: pages, slides, copied sentences, exports. English needs nothing.
 */
export function isolateSigned(text: string, locale: Locale): string {
  return locale === "ar" && /^[+−-]/.test(text) ? `\u2066${text}\u2069` : text
}

const regionNames = new Map<string, Intl.DisplayNames>()

function regionName(code: string, locale: Locale, style: "long" | "short"): string | undefined {
  let names = regionNames.get(`${locale}-${style}`)
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region", style })
    regionNames.set(`${locale}-${style}`, names)
  }
  return names.of(code)
}

/**
 * A country's name in the reader's language, from its ISO 3166-1 alpha-2 code. Where the full name
 * carries an administrative qualifier ("Hong Kong SAR China", "هونغ كونغ الصينية (منطقة إدارية خاصة)")
 * the short one is used, as the sources print it ("Hong Kong"): the long form wrapped over two lines
 * in a chart's country labels.
 */
export function formatCountry(code: string, locale: Locale): string {
  const long = regionName(code, locale, "long") ?? code
  return /\(|\bSAR\b/.test(long) ? (regionName(code, locale, "short") ?? long) : long
}

/** The order "What report counts miss" shows its kinds in, on the page, the slide and the PowerPoint file. */
export const CONTEXT_KINDS: ContextFigure["kind"][] = ["survey", "disclosure", "concentration"]

/**
 * A "what report counts miss" figure in its own unit: "3%" or "about 1 in 5" (`oneIn` words the "1 in n"
 * in the page's language). Never a report count: these are survey and disclosure figures.
 */
export function formatContextValue(
  f: { value: number; format: "percent" | "one-in"; qualifier?: Qualifier },
  locale: Locale,
  oneIn: (n: string) => string,
): string {
  if (f.format === "percent") return formatQualified(f.value, "percent", locale, f.qualifier)
  return withQualifier(oneIn(formatNumber(f.value, locale)), f.qualifier, locale)
}
