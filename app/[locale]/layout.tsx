import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { hasLocale, NextIntlClientProvider } from "next-intl"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { arabicFont, latinFont } from "@/app/fonts"
import "@/app/globals.css"
import { NuqsAdapter } from "nuqs/adapters/next/app"
import { QueryProvider } from "@/components/query-provider"
import { directionOf, routing } from "@/lib/i18n/routing"

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "meta" })
  return {
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
    alternates: { languages: { en: "/", ar: "/ar" } },
  }
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return (
    <html lang={locale} dir={directionOf(locale)} className={`${latinFont.variable} ${arabicFont.variable}`}>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        {/* Client leaves only need the navigation strings; the rest of the catalogue stays on the server. */}
        <NextIntlClientProvider messages={null}>
          <NuqsAdapter>
            <QueryProvider>{children}</QueryProvider>
          </NuqsAdapter>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
