"use client"

import { useSyncExternalStore } from "react"
import { CopyButton } from "@/components/copy-button"
import { siteOrigin, useOrigin } from "@/components/use-hydrated"
import { bibtexCitation, localDay, plainCitation, type CiteFields } from "@/lib/format/cite-this"

type CiteLabels = {
  heading: string
  plainLabel: string
  bibtexLabel: string
  copyPlain: string
  copyBibtex: string
  copied: string
  copyFailed: string
  accessedNote: string
}

const noSubscription = () => () => {}
const today = () => localDay(new Date())

/**
 * "Cite this figure": a plain citation and a BibTeX entry, each with a copy button. The access date is
 * the reader's own day, read when the text is copied (a page left open overnight copies the new day);
 * the text on screen shows today's date once the page runs, and says "the day you copy this" before.
 */
export function CiteBox({ fields, labels }: { fields: CiteFields; labels: CiteLabels }) {
  const origin = useOrigin()
  const day = useSyncExternalStore(noSubscription, today, () => "")
  const copyTime = () => ({ origin: siteOrigin(), day: today() })
  return (
    <details className="mt-4 print:hidden" data-cite>
      <summary className="cursor-pointer font-semibold text-blue-800">{labels.heading}</summary>
      <div className="mt-2 space-y-4 text-sm">
        <div>
          <p className="font-semibold">{labels.plainLabel}</p>
          <p className="mt-1 max-w-4xl rounded border border-slate-300 bg-slate-50 p-2" data-cite-plain>
            {plainCitation(fields, origin, day || undefined)}
          </p>
          <div className="mt-1">
            <CopyButton
              text={() => {
                const now = copyTime()
                return plainCitation(fields, now.origin, now.day)
              }}
              label={labels.copyPlain}
              copied={labels.copied}
              failed={labels.copyFailed}
            />
          </div>
        </div>
        <div>
          <p className="font-semibold">{labels.bibtexLabel}</p>
          {/* BibTeX is read by programs: left to right in both languages, as it is typed. */}
          <pre
            dir="ltr"
            className="mt-1 max-w-4xl rounded border border-slate-300 bg-slate-50 p-2 text-start text-xs break-words whitespace-pre-wrap"
            data-cite-bibtex
          >
            {bibtexCitation(fields, origin, day)}
          </pre>
          <div className="mt-1">
            <CopyButton
              text={() => {
                const now = copyTime()
                return bibtexCitation(fields, now.origin, now.day)
              }}
              label={labels.copyBibtex}
              copied={labels.copied}
              failed={labels.copyFailed}
            />
          </div>
        </div>
        <p className="text-slate-700">{labels.accessedNote}</p>
      </div>
    </details>
  )
}
