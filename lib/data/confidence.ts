import type { Citation, Observation } from "./schema"

/**
 * How far a figure is verified, from its citations' grades (never typed per figure):
 * - `verified`: the GTA 2025 states it, or the organisation's own page does (a high-confidence citation);
 * - `medium`: its best source is reputable reporting of the organisation, or the organisation's own
 *   staging copy of a page it has published: drawn, with a mark and a legend that say so;
 * - `unverified`: its only sources are low-confidence (aggregators, third-party transcriptions, drafts of
 *   a report the organisation has not published): never drawn or compared, listed under "Reported
 *   elsewhere, not yet verified".
 * The grade is typed on each citation (data/), so this is the rule data entry follows, not code.
 */
export type Tier = "verified" | "medium" | "unverified"

function citationTier(c: Citation): Tier {
  if (c.kind === "gta2025" || c.confidence === "high") return "verified"
  return c.confidence === "medium" ? "medium" : "unverified"
}

const ORDER: Tier[] = ["unverified", "medium", "verified"]

/** The tier a set of citations gives a figure: its best source's (the rule every figure follows). */
export function citationsTier(citations: Citation[]): Tier {
  return citations.map(citationTier).reduce((best, t) => (ORDER.indexOf(t) > ORDER.indexOf(best) ? t : best))
}

export function observationTier(o: Observation): Tier {
  return citationsTier(o.citations)
}

/** The tier of a value computed from others: no better than its weakest input. */
export function weakestTier(tiers: Tier[]): Tier {
  return tiers.reduce((w, t) => (ORDER.indexOf(t) < ORDER.indexOf(w) ? t : w), "verified")
}

/** A figure that may be drawn and compared: not a second reading, and not resting on low-confidence sources only. */
export function isDrawable(o: Observation): boolean {
  return !o.variant && observationTier(o) !== "unverified"
}

/**
 * Is `o` the drawable figure a series has for a period, in one country or category (or neither)? The one
 * rule for what a reference in data/figures.json means: validate.ts checks references with it and
 * lib/analysis/figure-year.ts resolves them with it, so the two cannot disagree.
 */
export function isDrawnFigureOf(
  o: Observation,
  seriesId: string,
  period: string,
  country?: string,
  category?: string,
): boolean {
  return (
    o.seriesId === seriesId &&
    o.period === period &&
    o.country === country &&
    o.category === category &&
    isDrawable(o)
  )
}
