import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { localeOf } from "@/lib/i18n/locale"

export async function generateMetadata({ params }: LayoutProps<"/[locale]/briefing">): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = await getTranslations({ locale, namespace: "nav" })
  return { title: t("briefing") }
}

/** What the three /briefing routes share (lib/http/query-views.ts): their title. */
export default function BriefingLayout({ children }: LayoutProps<"/[locale]/briefing">) {
  return children
}
