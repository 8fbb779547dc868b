"use client"

import { useEffect } from "react"
import { useErrorLocale } from "@/components/error-locale"
import { ErrorView } from "@/components/error-view"
import { essentialsFor } from "@/lib/i18n/essentials"

export type ErrorProps = { error: unknown; retry: () => void }

/**
 * The body of every error boundary: the error page with a "try again" that re-renders the segment.
 * The boundaries load it (and the strings of both languages) only when something has failed: an error
 * boundary's code is part of every page it wraps.
 */
export function ErrorBoundaryView({
  error,
  retry,
  withSupport,
  title = false,
}: ErrorProps & { withSupport: boolean; title?: boolean }) {
  const locale = useErrorLocale()
  const e = essentialsFor(locale).errors
  useEffect(() => {
    // The server logged the failure with this digest; the browser's console gets it to quote.
    console.error(error)
  }, [error])
  const retryButton = (
    <button
      type="button"
      onClick={() => retry()}
      className="rounded border border-slate-600 bg-white px-3 py-1 font-semibold hover:bg-slate-100"
    >
      {e.retry}
    </button>
  )
  return (
    <>
      {title && <title>{e.errorTitle}</title>}
      <ErrorView locale={locale} status={500} retry={retryButton} withSupport={withSupport} />
    </>
  )
}
