import { setRequestLocale } from "next-intl/server"
import { BriefingDeck } from "@/components/briefing/briefing-deck"
import { localeOf } from "@/lib/i18n/locale"

/**
 * /briefing with no query: the default deck, prerendered. `?slide=3` alone is served by ./slide/[slide],
 * also prerendered; any other query of the deck's (`?figures=`, `?year=`, …) by ./selection, on demand
 * (lib/http/query-views.ts).
 */
export default async function BriefingPage({ params }: PageProps<"/[locale]/briefing">) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  return <BriefingDeck locale={locale} figures={undefined} year={undefined} />
}
