"use client"

import "@/app/globals.css"
import { lazy, Suspense } from "react"
import type { ErrorProps } from "@/components/error-boundary"
import { useErrorLocale } from "@/components/error-locale"
import { directionOf } from "@/lib/i18n/routing"

const ErrorBoundaryView = lazy(() =>
  import("@/components/error-boundary").then((m) => ({ default: m.ErrorBoundaryView })),
)

// The root layout itself failed: this replaces it, so it draws the whole document, in the path's
// language and direction, with the content note and support resources.
export default function GlobalError(props: ErrorProps) {
  const locale = useErrorLocale()
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          <Suspense>
            <ErrorBoundaryView {...props} withSupport title />
          </Suspense>
        </main>
      </body>
    </html>
  )
}
