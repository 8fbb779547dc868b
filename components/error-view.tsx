import type { ReactNode } from "react"
import { SupportResources } from "@/components/support-resources"
import { essentialsFor } from "@/lib/i18n/essentials"
import { localizedPath } from "@/lib/i18n/paths"
import type { Locale } from "@/lib/i18n/locale"

type Props = {
  locale: Locale
  status: 404 | 500
  /** A "try again" control, for errors (a client component passes its button). */
  retry?: ReactNode
  /** Draw the content note and support resources here: where no site footer surrounds the page. */
  withSupport?: boolean
}

/**
 * What a reader sees when a page is missing or failed: which, in their language, and a way back (the
 * dashboard and the sources). Inside the site's layout, the header and footer carry the content note and
 * support resources; an error page drawn outside it (`withSupport`) carries them itself. Plain links,
 * not client-side navigation: after an error, a full load is the safer way back.
 */
export function ErrorView({ locale, status, retry, withSupport = false }: Props) {
  const { errors: e, contentNote } = essentialsFor(locale)
  const home = localizedPath("/", locale)
  const sources = localizedPath("/sources", locale)
  return (
    <div data-error-page={status}>
      <p className="text-sm font-semibold text-slate-700">{e.status[status]}</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">
        {status === 404 ? e.notFoundTitle : e.errorTitle}
      </h1>
      <p className="mt-3 max-w-3xl text-lg">{status === 404 ? e.notFoundBody : e.errorBody}</p>
      <ul className="mt-6 flex flex-wrap items-center gap-4">
        {retry && <li>{retry}</li>}
        <li>
          <a href={home} className="font-semibold text-blue-800 underline underline-offset-2">
            {e.home}
          </a>
        </li>
        <li>
          <a href={sources} className="text-blue-800 underline underline-offset-2">
            {e.sources}
          </a>
        </li>
      </ul>
      {withSupport && (
        <div className="mt-12 border-t border-slate-300 pt-6">
          <SupportResources note={contentNote} />
        </div>
      )}
    </div>
  )
}
