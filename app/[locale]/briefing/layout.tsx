import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

export async function generateMetadata({ params }: LayoutProps<"/[locale]/briefing">): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: "nav" })
  return { title: t("briefing") }
}

/** What both /briefing routes share (lib/http/query-views.ts): their title. */
export default function BriefingLayout({ children }: LayoutProps<"/[locale]/briefing">) {
  return children
}
