import { setRequestLocale } from "next-intl/server"
import { BriefingDeck } from "@/components/briefing/briefing-deck"
import type { AppLocale } from "@/lib/i18n/routing"

/**
 * /briefing with a query (`?figures=iwf,inhope&slide=3`), rendered on demand at the same address: the
 * rewrites in next.config.js send it here (lib/query-views.ts).
 */
export default async function BriefingSelectionPage({
  params,
  searchParams,
}: PageProps<"/[locale]/briefing/selection">) {
  const locale = (await params).locale as AppLocale
  setRequestLocale(locale)
  const { figures } = await searchParams
  return <BriefingDeck locale={locale} figures={typeof figures === "string" ? figures : undefined} />
}
