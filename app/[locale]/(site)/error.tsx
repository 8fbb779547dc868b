"use client"

import { lazy, Suspense } from "react"
import type { ErrorProps } from "@/components/error-boundary"

const ErrorBoundaryView = lazy(() =>
  import("@/components/error-boundary").then((m) => ({ default: m.ErrorBoundaryView })),
)

// A page of the site that failed: the (site) layout around it stays (header with the content note,
// footer with the support resources), and this replaces the page's content.
export default function SiteError(props: ErrorProps) {
  return (
    <Suspense>
      <ErrorBoundaryView {...props} withSupport={false} />
    </Suspense>
  )
}
