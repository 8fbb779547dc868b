import { setRequestLocale } from "next-intl/server"
import { CompareResults } from "@/components/compare-results"
import { prerenderedViewParams } from "@/lib/http/query-views"
import { loadCompareSearchParams } from "@/lib/url/compare-params"
import { localeOf } from "@/lib/i18n/locale"

/**
 * /compare?from=2023&to=2024: every series with that pair of periods, prerendered, at that address (the
 * rewrites in next.config.js send it here; lib/http/query-views.ts). Its own address,
 * /compare/from/2023/to/2024, redirects there. Every pair the controls can choose is listed in
 * query-views.json (tests/unit/query-views.test.ts checks the list against the dataset); any other pair,
 * or another key with it, is served by ../../../../selection, on demand.
 */
export function generateStaticParams() {
  return prerenderedViewParams("/compare", ["from", "to"])
}

// Any other pair 404s rather than rendering: the rewrites never send one here.
export const dynamicParams = false

export default async function ComparePairPage({
  params,
}: PageProps<"/[locale]/compare/from/[from]/to/[to]">) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  const { from, to } = await params
  return <CompareResults locale={locale} query={loadCompareSearchParams({ from, to })} />
}
