import { allComparisons, compare, type Comparison } from "../analysis/compare"
import { comparablePeriods, pairView, type PairView } from "../analysis/compare-pair"
import { areLikePeriods, comparePeriods } from "../data/period"
import { periodSchema, type Dataset } from "../data/schema"

export type CompareQuery = {
  source: string | null
  series: string | null
  from: string | null
  to: string | null
  adjusted: boolean
}

type CompareNote = {
  key: "series" | "source" | "period" | "periodAny" | "notLike" | "order" | "needPair"
  values: Record<string, string>
}

type CompareView = {
  selection: { source?: string; series?: string; from?: string; to?: string; adjusted: boolean }
  comparisons: Comparison[]
  /** Where From and To are chosen without a series: every series for that pair (lib/analysis/compare-pair.ts). */
  pair?: PairView
  notes: CompareNote[]
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s)

/** Turns the query into a view; a bad parameter is dropped with a note, never an error page. */
export function resolveCompareView(dataset: Dataset, q: CompareQuery): CompareView {
  const notes: CompareNote[] = []
  let source = q.source ?? undefined
  let series = q.series ?? undefined
  let from = q.from ?? undefined
  let to = q.to ?? undefined

  if (source && !dataset.sources.some((s) => s.id === source)) {
    notes.push({ key: "source", values: { value: clip(source) } })
    source = undefined
  }
  const seriesDef = series ? dataset.series.find((s) => s.id === series) : undefined
  if (series && !seriesDef) {
    notes.push({ key: "series", values: { value: clip(series) } })
    series = undefined
  }
  // A series belongs to one source: the series decides.
  if (seriesDef) source = seriesDef.sourceId

  // The periods From and To may name: the series' own, or without one, any series' (of the source).
  const periods = new Set(
    series
      ? dataset.observations.filter((o) => o.seriesId === series && !o.variant).map((o) => o.period)
      : comparablePeriods(
          dataset,
          source ? dataset.series.filter((s) => s.sourceId === source).map((s) => s.id) : undefined,
        ),
  )
  for (const [name, value] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (value && (!periodSchema.safeParse(value).success || !periods.has(value))) {
      notes.push({ key: series ? "period" : "periodAny", values: { value: clip(value) } })
      // Without a series the two make one pair: one bad value drops both, as an unlike or reversed pair does.
      if (!series) from = to = undefined
      else if (name === "from") from = undefined
      else to = undefined
    }
  }
  if (from && to && !areLikePeriods(from, to)) {
    notes.push({ key: "notLike", values: { from, to } })
    from = to = undefined
  }
  if (from && to && comparePeriods(from, to) >= 0) {
    notes.push({ key: "order", values: { from, to } })
    from = to = undefined
  }
  // One period without a series: the consecutive pairs that start or end there, and a word on the other.
  if (!series && (from || to) && !(from && to)) notes.push({ key: "needPair", values: {} })

  let comparisons: Comparison[]
  let pair: PairView | undefined
  if (!series && from && to) {
    pair = pairView(dataset, from, to, source)
    comparisons = pair.comparisons
  } else if (series && from && to) {
    const rows = (period: string) =>
      dataset.observations.filter(
        (o) => o.seriesId === series && o.period === period && !o.variant && !o.category,
      )
    comparisons = rows(from).flatMap((a) => {
      const b = rows(to!).find((o) => o.country === a.country)
      return b ? [compare(dataset, a, b)] : []
    })
  } else {
    comparisons = allComparisons(dataset).filter(
      (c) =>
        (!series || c.seriesId === series) &&
        (!source || dataset.series.find((s) => s.id === c.seriesId)?.sourceId === source) &&
        (!from || c.from.period === from) &&
        (!to || c.to.period === to),
    )
  }
  return {
    selection: { source, series, from, to, adjusted: q.adjusted },
    comparisons,
    ...(pair ? { pair } : {}),
    notes,
  }
}
