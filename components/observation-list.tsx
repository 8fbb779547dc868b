import type { ReactNode } from "react"
import { CitationList } from "@/components/citation-list"
import { observationLabel } from "@/lib/charts/series-content"
import { observationKey } from "@/lib/data/observation-key"
import { COMMA, formatObservation } from "@/lib/format/values"
import { getSeries } from "@/lib/data/observations"
import type { Dataset, Locale, Observation } from "@/lib/data/schema"
import { formatPeriod } from "@/lib/format/time"

type KeyAttribute = "data-observation-key" | "data-unverified-key"

/**
 * Observations one under another (the figure page's list, components/unverified-list.tsx), each under a
 * heading that says what it counts, its period and its value, in that order; then what the list adds
 * (`badge` in the heading, `details` under it), and its citations last. Each item carries its
 * observation's key in `keyAttribute`, which each list names for itself.
 */
export function ObservationList({
  dataset,
  observations,
  locale,
  itemClassName,
  keyAttribute,
  badge,
  details,
}: {
  dataset: Dataset
  observations: Observation[]
  locale: Locale
  itemClassName: string
  keyAttribute: KeyAttribute
  badge?: (o: Observation) => ReactNode
  details?: (o: Observation) => ReactNode
}) {
  return (
    <ul className="mt-4 space-y-6">
      {observations.map((o) => {
        const key = observationKey(o)
        const series = getSeries(dataset, o.seriesId)!
        const keyed: Partial<Record<KeyAttribute, string>> = { [keyAttribute]: key }
        return (
          <li key={key} className={itemClassName} {...keyed}>
            <h3 className="font-semibold">
              {observationLabel(dataset, o, locale)}
              {COMMA[locale]}
              {formatPeriod(o.period, locale)}:{" "}
              <span className="tabular-nums">{formatObservation(o, series.unit, locale)}</span>
              {badge?.(o)}
            </h3>
            {details?.(o)}
            <div className="mt-2">
              <CitationList citations={o.citations} locale={locale} />
            </div>
          </li>
        )
      })}
    </ul>
  )
}
