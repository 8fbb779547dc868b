import type { Metadata } from "next"
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server"
import { localeOf } from "@/lib/i18n/locale"

export async function generateMetadata({ params }: PageProps<"/[locale]/accessibility">): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = await getTranslations({ locale, namespace: "accessibility" })
  return { title: t("title") }
}

export default async function AccessibilityPage({ params }: PageProps<"/[locale]/accessibility">) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "accessibility" })
  // Lists live in the catalogue as arrays: read them as they are.
  const { accessibility } = (await getMessages({ locale })) as {
    accessibility: { tested: string[]; limits: string[] }
  }
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-3 text-lg">{t("intro")}</p>
      <h2 className="mt-8 text-xl font-semibold">{t("testedHeading")}</h2>
      <ul className="mt-2 list-disc space-y-2 ps-5">
        {accessibility.tested.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2 className="mt-8 text-xl font-semibold">{t("limitsHeading")}</h2>
      <ul className="mt-2 list-disc space-y-2 ps-5">
        {accessibility.limits.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </article>
  )
}
