import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { NotFoundDocument } from "@/components/not-found-document"
import { localeOf } from "@/lib/i18n/locale"

// The 404 page, prerendered in each language like every other page, so that it is real server HTML
// with its scripts allowed by hash. proxy.ts serves it, with status 404, for every path that is no
// page (lib/http/not-found.ts). Next's own not-found.tsx is drawn only in the browser when a page calls
// notFound() (vercel/next.js#62228), so it is the fallback, not the rule.
export async function generateMetadata({ params }: PageProps<"/[locale]/page-not-found">): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = await getTranslations({ locale, namespace: "errors" })
  return { title: t("notFoundTitle"), robots: { index: false } }
}

export default async function PageNotFound({ params }: PageProps<"/[locale]/page-not-found">) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  return <NotFoundDocument locale={locale} />
}
