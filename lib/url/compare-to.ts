import { areLikePeriods, comparePeriods, isPeriod, parsePeriod } from "../data/period"

// The rule the To select of /compare follows, kept apart from compare-query.ts (as compare-params.ts is)
// so that the controls' browser bundle carries only lib/data/period.ts.

/**
 * Whether To may be `to` once From is `from`: a later period of the same kind, the only pair
 * resolveCompareView compares (a reversed or equal pair gets the "order" note, a year against a half-year
 * the "notLike" note). With no From, or no To, any period will do; a value that is not a period at all
 * (the URL may hold anything) pairs with nothing.
 */
export function isValidTo(from: string | null, to: string | null): boolean {
  if (!from || !to) return true
  if (!isPeriod(from) || !isPeriod(to)) return false
  return areLikePeriods(from, to) && comparePeriods(from, to) < 0
}

/**
 * The periods the To select offers: every one with no From, otherwise only those To may be. A From that
 * is not one of the periods is dropped by the page with a note (resolveCompareView), so To offers all.
 */
export function toOptions<T extends { id: string }>(periods: readonly T[], from: string | null): T[] {
  if (!from || !periods.some((p) => p.id === from)) return [...periods]
  return periods.filter((p) => isValidTo(from, p.id))
}

// A period's middle, in years: a year at its half, a half-year at its quarter, so that "nearest" compares
// a half-year and a year by the time they cover.
const middle = (period: string) => {
  const { year, half } = parsePeriod(period)
  return year + (half === null ? 0.5 : half === 1 ? 0.25 : 0.75)
}

type ToChange = { to: string | null; change: "kept" | "moved" | "cleared" }

/**
 * What To becomes when From changes to `from`: kept where it may stay; otherwise the offered period
 * nearest the old To in time (the next one after From where the old To was at or before it), or none
 * where no period may follow From. The caller says so when To moves or clears.
 */
export function toAfterFromChange(
  periods: readonly string[],
  from: string | null,
  to: string | null,
): ToChange {
  if (!from || !to || isValidTo(from, to)) return { to, change: "kept" }
  const offered = toOptions(
    periods.map((id) => ({ id })),
    from,
  )
    .map((p) => p.id)
    .sort(comparePeriods)
  if (offered.length === 0) return { to: null, change: "cleared" }
  // A To that is not a period (from the URL) is near nothing: the next period after From.
  if (!isPeriod(to)) return { to: offered[0]!, change: "moved" }
  const distance = (p: string) => Math.abs(middle(p) - middle(to))
  // Offered periods are a year apart, so no two are equally near; sorted, the first nearest wins anyway.
  const nearest = offered.reduce((best, p) => (distance(p) < distance(best) ? p : best))
  return { to: nearest, change: "moved" }
}
