import { setRequestLocale } from "next-intl/server"
import { BriefingDeck } from "@/components/briefing/briefing-deck"
import { localeOf } from "@/lib/i18n/locale"
import { prerenderedViewParams } from "@/lib/http/query-views"
import { loadDeckSearchParams } from "@/lib/url/deck-params"

/**
 * /briefing?slide=3: the default deck at one of its slides, prerendered, at that address (the rewrites in
 * next.config.js send it here; lib/http/query-views.ts). Its own address, /briefing/slide/3, redirects
 * there. Every slide of the default deck is listed in query-views.json; any other value is served by
 * ../../selection, on demand.
 */
export function generateStaticParams() {
  return prerenderedViewParams("/briefing", ["slide"])
}

// Any other slide value 404s rather than rendering: the rewrites never send one here.
export const dynamicParams = false

export default async function BriefingSlidePage({ params }: PageProps<"/[locale]/briefing/slide/[slide]">) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  const { slide } = await params
  return (
    <BriefingDeck
      locale={locale}
      figures={undefined}
      year={undefined}
      query={loadDeckSearchParams({ slide })}
    />
  )
}
