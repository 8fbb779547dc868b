import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { hasLocale } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { preload } from "react-dom"
import { ARABIC_FONT_FACES, ARABIC_FONT_FILES, latinFont } from "@/app/fonts"
import "@/app/globals.css"
import { PrintTables } from "@/components/print-tables"
import { HydratedMarker } from "@/components/hydrated-marker"
import { fontPreloadOptions } from "@/lib/format/arabic-font"
import { QueryProvider } from "@/components/query-provider"
import { getDataset } from "@/lib/data/dataset"
import { coverageYears } from "@/lib/analysis/figure-year"
import { directionOf, routing } from "@/lib/i18n/routing"
import { localeOf } from "@/lib/i18n/locale"

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

// Only /en and /ar: any other first segment the rewrites leave here (/api rendered the site with locale
// "api", and crashed) is a 404 at routing, before anything renders.
export const dynamicParams = false

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = await getTranslations({ locale, namespace: "meta" })
  const title = t("title", { years: coverageYears(getDataset()) })
  return {
    title: { default: title, template: `%s · ${title}` },
    description: t("description"),
    alternates: { languages: { en: "/", ar: "/ar" } },
  }
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  // Arabic pages set all their text in the Arabic face: fetch it with the stylesheet, not after the
  // first style pass (lib/format/arabic-font.ts). React puts the hints in the head, once each, on prerendered
  // pages and pages rendered on demand alike.
  if (locale === "ar") for (const { url } of ARABIC_FONT_FILES) preload(url, fontPreloadOptions)
  return (
    <html lang={locale} dir={directionOf(locale)} className={latinFont.variable}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        {/* Both languages declare the face (English pages quote Arabic); React hoists this to the head. */}
        <style href="arabic-font" precedence="default">
          {ARABIC_FONT_FACES}
        </style>
        {/* No intl provider: client leaves get their strings as props, so the message formatter (and
            the catalogue) stay on the server. The URL-state adapter wraps only the leaves that use it. */}
        <QueryProvider>{children}</QueryProvider>
        <PrintTables />
        <HydratedMarker />
      </body>
    </html>
  )
}
