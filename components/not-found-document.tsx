import { ErrorView } from "@/components/error-view"
import { SiteFooter } from "@/components/site-footer"
import { SiteHeader } from "@/components/site-header"
import { localizedPath } from "@/lib/i18n/paths"
import type { Locale } from "@/lib/i18n/locale"

/**
 * The 404 page inside the site's chrome: the header with the content note, what happened and the way
 * back, and the footer with the support resources. It is served at any address, so its language switch
 * goes to the other language's dashboard rather than to "the same page".
 */
export function NotFoundDocument({ locale }: { locale: Locale }) {
  return (
    <>
      <SiteHeader locale={locale} languageHref={localizedPath("/", locale === "ar" ? "en" : "ar")} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        <ErrorView locale={locale} status={404} />
      </main>
      <SiteFooter locale={locale} />
    </>
  )
}
