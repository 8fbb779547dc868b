import type { Locale, Unit } from "../data/schema"

// Numbers alone, with no words: this module imports no catalogue, so the browser's drawing of a chart
// (lib/charts/layout.ts, components/charts/bars-chart.tsx) can use it without loading one. Words that go
// with numbers ("million", "about") are in lib/format/values.ts, from the catalogues' "words" namespace.

// Western digits in both languages, as the Arabic edition of the GTA 2025 prints them.
export const NUMBER_LOCALE: Record<Locale, string> = { en: "en-GB", ar: "ar-u-nu-latn" }

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], { maximumFractionDigits }).format(value)
}

/** Short axis labels: 36M / 36 مليون. */
export function formatAxisValue(value: number, unit: Unit, locale: Locale): string {
  if (unit === "percent") return `${formatNumber(value, locale, 0)}%`
  // en-US rather than en-GB for compact notation: "20M", not "20m".
  const compactLocale = locale === "en" ? "en-US" : NUMBER_LOCALE.ar
  return new Intl.NumberFormat(compactLocale, { notation: "compact", maximumFractionDigits: 1 }).format(value)
}
