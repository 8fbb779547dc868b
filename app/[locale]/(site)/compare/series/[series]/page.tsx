import { setRequestLocale } from "next-intl/server"
import { CompareResults } from "@/components/compare-results"
import { prerenderedViewParams } from "@/lib/http/query-views"
import { loadCompareSearchParams } from "@/lib/url/compare-params"
import { localeOf } from "@/lib/i18n/locale"

/**
 * /compare?series=x: one series' changes, prerendered, at that address (the rewrites in next.config.js
 * send it here; lib/http/query-views.ts). Its own address, /compare/series/x, redirects there. Every
 * series is listed in query-views.json (tests/unit/query-views.test.ts checks the list against the
 * dataset); any other value, or another key with it, is served by ../../selection, on demand.
 */
export function generateStaticParams() {
  return prerenderedViewParams("/compare", ["series"])
}

// Any other value 404s rather than rendering: the rewrites never send one here.
export const dynamicParams = false

export default async function CompareSeriesPage({ params }: PageProps<"/[locale]/compare/series/[series]">) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  const { series } = await params
  return <CompareResults locale={locale} query={loadCompareSearchParams({ series })} />
}
