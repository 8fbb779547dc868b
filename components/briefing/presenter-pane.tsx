"use client"

import { useEffect, useState } from "react"
import { formatClock } from "@/lib/deck/presenter"

export type PresenterLabels = {
  presenterLabel: string
  lastSlide: string
  noNotes: string
  notesHeading: string
  elapsed: string
  restartTimer: string
}

/**
 * What only the presenter sees, beside the current slide and the next one (drawn by the deck): the
 * next slide's title, the current slide's talking points in reading size, and a clock since the window
 * opened, which the presenter can restart when the briefing begins.
 */
export function PresenterPane({
  notes,
  next,
  labels,
}: {
  notes: string[]
  /** "Next: <title>", formatted on the server; null on the last slide. */
  next: string | null
  labels: PresenterLabels
}) {
  const [started, setStarted] = useState(() => Date.now())
  const [now, setNow] = useState(started)
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [])
  return (
    <aside className="presenter-pane" aria-label={labels.presenterLabel} data-presenter-pane>
      <div className="presenter-next">
        <p className="font-semibold" data-presenter-next>
          {next ?? labels.lastSlide}
        </p>
        <p className="flex items-center gap-3">
          <span>
            {labels.elapsed}:{" "}
            <time className="text-2xl font-bold tabular-nums" data-presenter-clock>
              {formatClock((now - started) / 1000)}
            </time>
          </span>
          <button
            type="button"
            className="rounded border-2 border-black bg-white px-3 py-1 font-semibold hover:bg-slate-100"
            onClick={() => {
              const t = Date.now()
              setStarted(t)
              setNow(t)
            }}
          >
            {labels.restartTimer}
          </button>
        </p>
      </div>
      <div className="presenter-notes" data-presenter-notes>
        <p className="font-bold">{labels.notesHeading}</p>
        {notes.length > 0 ? (
          <ul className="list-disc space-y-2 ps-6">
            {notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        ) : (
          <p>{labels.noNotes}</p>
        )}
      </div>
    </aside>
  )
}
