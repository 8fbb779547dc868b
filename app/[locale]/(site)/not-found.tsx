import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import { ErrorView } from "@/components/error-view"
import { isLocale, type Locale } from "@/lib/i18n/locale"

// What Next draws inside the site's layout (header with the content note, footer with the support
// resources) when a page calls notFound() or no page matches (the [...missing] route). Next 16 sends it
// as an empty document that the browser fills in (vercel/next.js#62228), so in a build proxy.ts answers
// paths that are no page with the prerendered 404 page first (app/[locale]/page-not-found): this is the
// fallback (next dev, or a build without that page). It sits in (site), not [locale], because Next sends
// a not-found file's client code with every page under it.

async function pageLocale(): Promise<Locale> {
  const locale = await getLocale()
  return isLocale(locale) ? locale : "en"
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(), namespace: "errors" })
  return { title: t("notFoundTitle"), robots: { index: false } }
}

export default async function NotFound() {
  return <ErrorView locale={await pageLocale()} status={404} />
}
