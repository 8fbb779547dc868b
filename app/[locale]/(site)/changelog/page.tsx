import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { readChangelog, renderChangelog } from "@/lib/data/changelog"
import { localeOf } from "@/lib/i18n/locale"

export async function generateMetadata({ params }: PageProps<"/[locale]/changelog">): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = await getTranslations({ locale, namespace: "changelog" })
  return { title: t("title") }
}

// The markdown is rendered here, at build time (the page is prerendered): neither the file nor the
// renderer reaches the browser.
const STYLE = [
  "[&_h2]:mt-10 [&_h2]:scroll-mt-4 [&_h2]:border-t [&_h2]:border-slate-300 [&_h2]:pt-6 [&_h2]:text-2xl [&_h2]:font-bold",
  "[&_h3]:mt-6 [&_h3]:text-lg [&_h3]:font-semibold [&_h4]:mt-4 [&_h4]:font-semibold",
  "[&_p]:mt-3 [&_ul]:mt-2 [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:ps-5 [&_ol]:mt-2 [&_ol]:list-decimal [&_ol]:ps-5",
  "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:text-sm [&_code]:break-words",
  "[&_a]:text-blue-800 [&_a]:underline [&_a]:underline-offset-2 [&_a]:break-words",
  "[&_table]:mt-3 [&_table]:text-sm [&_th]:border [&_th]:border-slate-300 [&_th]:px-2 [&_th]:py-1 [&_th]:text-start",
  "[&_td]:border [&_td]:border-slate-300 [&_td]:px-2 [&_td]:py-1",
].join(" ")

export default async function ChangelogPage({ params }: PageProps<"/[locale]/changelog">) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "changelog" })
  const html = renderChangelog(readChangelog())
  return (
    <article className="max-w-4xl">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-3 text-lg">{t("intro")}</p>
      {locale !== "en" && <p className="mt-2">{t("keptInEnglish")}</p>}
      {/* The log is English in both editions: its language and direction say so to screen readers and
          to the layout. The HTML is markdown rendered with raw HTML escaped (lib/data/changelog.ts). */}
      <div
        lang="en"
        dir="ltr"
        className={`mt-6 ${STYLE}`}
        data-changelog
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </article>
  )
}
