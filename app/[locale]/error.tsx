"use client"

import { lazy, Suspense } from "react"
import type { ErrorProps } from "@/components/error-boundary"

const ErrorBoundaryView = lazy(() =>
  import("@/components/error-boundary").then((m) => ({ default: m.ErrorBoundaryView })),
)

// A page outside the site's chrome that failed (the briefing deck, an embedded figure): no footer
// surrounds it, so the error page carries the content note and support resources itself.
export default function LocaleError(props: ErrorProps) {
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <Suspense>
        <ErrorBoundaryView {...props} withSupport />
      </Suspense>
    </main>
  )
}
