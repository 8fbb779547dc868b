import { format } from "date-fns"
import { ar as arLocale, enGB } from "date-fns/locale"
import type { Locale } from "../data/schema"

const DATE_LOCALES = { en: enGB, ar: arLocale }

/**
 * A calendar date, "YYYY-MM" or "YYYY-MM-DD", at that precision: "May 2024", "7 May 2024". Month names come
 * from date-fns, and this module imports no catalogue: the cite box runs it in the browser
 * (lib/format/cite-this.ts). Years and half-years are lib/format/time.ts formatEventDate's.
 */
export function formatCalendarDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number?]
  const day = new Date(y, m - 1, d ?? 1)
  return format(day, d === undefined ? "LLLL yyyy" : "d LLLL yyyy", { locale: DATE_LOCALES[locale] })
}
