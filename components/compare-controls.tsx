"use client"

import { usePathname, useRouter } from "next/navigation"
import { createSerializer, useQueryStates } from "nuqs"
import { useId, useOptimistic, useState, useTransition } from "react"
import { useHydrated } from "@/components/use-hydrated"
import { routeView } from "@/lib/http/query-views"
import { compareSearchParams, loadCompareSearchParams } from "@/lib/url/compare-params"
import type { CompareQuery } from "@/lib/url/compare-query"
import { toAfterFromChange, toOptions } from "@/lib/url/compare-to"
import { comparePeriods } from "@/lib/data/period"

const serialize = createSerializer(compareSearchParams)

type Option = { id: string; label: string }
/** `pairPeriods`: the periods with a figure that can be compared (not one known only second-hand). */
type SeriesOption = Option & { sourceId: string; periods: Option[]; pairPeriods: string[] }

type Props = {
  sources: Option[]
  series: SeriesOption[]
  labels: {
    legend: string
    source: string
    series: string
    from: string
    to: string
    all: string
    allPeriods: string
    adjusted: string
    /** What From and To do without a series (every series for one pair) and with one. */
    hintPair: string
    hintSeries: string
    /**
     * Said when a change of From moves To or leaves it no period: by From's period id, then (for a move)
     * by the id of the period To moves to, each written on the server.
     */
    toMoved: Record<string, Record<string, string>>
    toCleared: Record<string, string>
  }
}

/**
 * The selection lives in the URL: every change is a navigation that re-renders on the server and pushes a
 * history entry. nuqs parses and serialises the typed parameters; Next's own router navigates, because
 * nuqs' non-shallow updates write the history entry before the router does, and Back then restored a
 * stale view (1 run in 8 in tests).
 */
export function CompareControls(props: Props) {
  const [current] = useQueryStates(compareSearchParams)
  return <CompareControlsView {...props} current={current} />
}

/**
 * The controls in the prerendered HTML, where the query cannot be read (CompareControls suspends there and
 * the compare layout shows this instead): the selection of the route being prerendered, which is the
 * default view's or a prerendered view's (`/en/compare/series/x` is `?series=x`, lib/http/query-views.ts
 * routeView). The browser never hydrates it: it renders CompareControls in its place.
 */
export function PrerenderedCompareControls(props: Props) {
  const current = loadCompareSearchParams(routeView(usePathname()).search)
  return <CompareControlsView {...props} current={current} />
}

/**
 * The controls for a given selection: the address's (CompareControls) or, in the prerendered HTML, the
 * route's (PrerenderedCompareControls). Disabled until the page has hydrated: a change before then would
 * be lost.
 */
export function CompareControlsView({ sources, series, labels, current }: Props & { current: CompareQuery }) {
  const [pending, startTransition] = useTransition()
  const hydrated = useHydrated()
  // The controls show a choice at once, while the server renders it.
  const [q, setOptimistic] = useOptimistic(current, (state, patch: Partial<typeof current>) => ({
    ...state,
    ...patch,
  }))
  const router = useRouter()
  const pathname = usePathname()
  // What the last change did to To, where it moved or cleared it; any other change makes it stale.
  const [toNote, setToNote] = useState<string | null>(null)
  const setQ = (patch: Partial<typeof current>, note: string | null = null) => {
    setToNote(note)
    startTransition(() => {
      setOptimistic(patch)
      router.push(serialize(pathname, { ...q, ...patch }), { scroll: false })
    })
  }
  const id = useId()
  const selectedSeries = series.find((s) => s.id === q.series)
  const visibleSeries = series.filter((s) => !q.source || s.sourceId === q.source)
  // Without a series, From and To offer every period of the series shown: choosing both gives every
  // series that has that pair (lib/analysis/compare-pair.ts).
  const periods =
    selectedSeries?.periods ??
    [
      ...new Map(
        visibleSeries
          .flatMap((s) => s.periods.filter((p) => s.pairPeriods.includes(p.id)))
          .map((p) => [p.id, p]),
      ).values(),
    ].sort((a, b) => comparePeriods(a.id, b.id))
  // To offers only the periods it may be after From (lib/url/compare-to.ts): a reversed, equal or unlike pair
  // would only fall back to each pair with a note.
  const offered = { from: periods, to: toOptions(periods, q.from) }
  const changeFrom = (from: string | null) => {
    // One navigation for both: the URL never holds a From with a To it may not have.
    const next = toAfterFromChange(
      periods.map((p) => p.id),
      from,
      q.to,
    )
    // A move or a clear needs a From: with none, To is kept.
    const note =
      from === null
        ? null
        : next.change === "moved" && next.to !== null
          ? (labels.toMoved[from]?.[next.to] ?? null)
          : next.change === "cleared"
            ? (labels.toCleared[from] ?? null)
            : null
    setQ({ from, to: next.to }, note)
  }
  const select = "mt-1 block w-full rounded border border-slate-500 bg-white px-2 py-1.5"
  return (
    <fieldset
      className="grid gap-4 rounded border border-slate-300 p-4 md:grid-cols-4"
      aria-busy={pending}
      disabled={!hydrated}
    >
      <legend className="px-1 font-semibold">{labels.legend}</legend>
      <div className="text-sm font-medium">
        <label htmlFor={`${id}-source`}>{labels.source}</label>
        <select
          id={`${id}-source`}
          className={select}
          value={q.source ?? ""}
          onChange={(e) => setQ({ source: e.target.value || null, series: null })}
        >
          <option value="">{labels.all}</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm font-medium md:col-span-3">
        <label htmlFor={`${id}-series`}>{labels.series}</label>
        <select
          id={`${id}-series`}
          className={select}
          value={q.series ?? ""}
          onChange={(e) => setQ({ series: e.target.value || null, from: null, to: null })}
        >
          <option value="">{labels.all}</option>
          {visibleSeries.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      {(["from", "to"] as const).map((key) => (
        <div key={key} className="text-sm font-medium">
          <label htmlFor={`${id}-${key}`}>{labels[key]}</label>
          <select
            id={`${id}-${key}`}
            className={select}
            value={q[key] ?? ""}
            aria-describedby={`${id}-period-hint`}
            onChange={(e) =>
              key === "from" ? changeFrom(e.target.value || null) : setQ({ to: e.target.value || null })
            }
          >
            <option value="">{labels.allPeriods}</option>
            {offered[key].map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
          {key === "to" && (
            // Always in the document, so that a screen reader announces the text when it appears; with
            // no text it takes no room.
            <p role="status" className={toNote ? "mt-1 font-normal" : undefined} data-to-note>
              {toNote}
            </p>
          )}
        </div>
      ))}
      <p id={`${id}-period-hint`} className="text-sm text-slate-700 md:col-span-2" data-period-hint>
        {selectedSeries ? labels.hintSeries : labels.hintPair}
      </p>
      <label className="flex items-center gap-2 text-sm font-medium md:col-span-4">
        <input
          type="checkbox"
          checked={q.adjusted}
          onChange={(e) => setQ({ adjusted: e.target.checked })}
          className="size-4"
        />
        {labels.adjusted}
      </label>
    </fieldset>
  )
}
