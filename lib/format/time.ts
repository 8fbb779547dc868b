import { getDayOfYear, getDaysInYear } from "date-fns"
import { parsePeriod } from "../data/period"
import type { Locale } from "../data/schema"
import { wordsFor } from "../i18n/words"
import { formatCalendarDate } from "./dates"

// Time on the charts is a number of years: 2023.0 is 1 January 2023. A full year's value sits at
// mid-year (2023.5), a half-year's at the middle of its half (H1 2024 at 2024.25), so events keep their
// real dates between the points and a half-year can never be drawn as if it were a year.
export function periodToX(period: string): number {
  const { year, half } = parsePeriod(period)
  return half === null ? year + 0.5 : year + (half === 1 ? 0.25 : 0.75)
}

/** The start and end of a period on the time axis: a half-year spans half the width of a year. */
export function periodSpan(period: string): [number, number] {
  const { year, half } = parsePeriod(period)
  if (half === null) return [year, year + 1]
  return half === 1 ? [year, year + 0.5] : [year + 0.5, year + 1]
}

export function eventDateToX(date: string): number {
  const half = /^(\d{4})-H([12])$/.exec(date)
  if (half) return Number(half[1]) + (half[2] === "1" ? 0 : 0.5)
  const [y, m, d] = date.split("-").map(Number) as [number, number?, number?]
  if (m === undefined) return y
  const day = new Date(Date.UTC(y, m - 1, d ?? 1))
  return y + (getDayOfYear(day) - 1) / getDaysInYear(day)
}

/** "2024", "Jan–Jun 2024" / "يناير–يونيو 2024" (words.halfYear). */
export function formatPeriod(period: string, locale: Locale): string {
  const { year, half } = parsePeriod(period)
  return half === null ? String(year) : wordsFor(locale)(`halfYear.h${half}`, { year: String(year) })
}

/** An event date at the precision the source gives: "2024", "Jul–Dec 2024", "May 2024", "7 May 2024". */
export function formatEventDate(date: string, locale: Locale): string {
  return /^\d{4}(-H[12])?$/.test(date) ? formatPeriod(date, locale) : formatCalendarDate(date, locale)
}
