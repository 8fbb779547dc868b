import { SiteFooter } from "@/components/site-footer"
import { SiteHeader } from "@/components/site-header"
import { localeOf } from "@/lib/i18n/locale"

// The site's chrome: header with the content note, and the footer with support resources. Embedded
// figures (/embed/*) live outside this group and carry their own short note.
export default async function SiteLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = await localeOf(params)
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  )
}
