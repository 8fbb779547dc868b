import { setRequestLocale } from "next-intl/server"
import { BriefingDeck } from "@/components/briefing/briefing-deck"
import { localeOf } from "@/lib/i18n/locale"

/**
 * /briefing with no query: the default deck, prerendered. A request with `?slide=`, `?figures=` or `?year=` is
 * served by ./selection instead (lib/http/query-views.ts).
 */
export default async function BriefingPage({ params }: PageProps<"/[locale]/briefing">) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  return <BriefingDeck locale={locale} figures={undefined} year={undefined} />
}
