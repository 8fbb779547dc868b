import { setRequestLocale } from "next-intl/server"
import { BriefingDeck } from "@/components/briefing/briefing-deck"
import { localeOf } from "@/lib/i18n/locale"
import { loadDeckSearchParams } from "@/lib/url/deck-params"

/**
 * /briefing with a query (`?figures=iwf,inhope&year=2024&slide=3`), rendered on demand at the same
 * address: the rewrites in next.config.js send it here (lib/http/query-views.ts).
 */
export default async function BriefingSelectionPage({
  params,
  searchParams,
}: PageProps<"/[locale]/briefing/selection">) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  const search = await searchParams
  const { figures, year } = search
  // A repeated key arrives as an array, which is no one choice: the deck is then the default one.
  const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined)
  return (
    <BriefingDeck
      locale={locale}
      figures={one(figures)}
      year={one(year)}
      query={loadDeckSearchParams(search)}
    />
  )
}
