import { setRequestLocale } from "next-intl/server"
import { CompareResults } from "@/components/compare-results"
import { loadCompareSearchParams } from "@/lib/url/compare-query"
import type { AppLocale } from "@/lib/i18n/routing"

/**
 * /compare with a query (`?series=…&from=…&to=…`), rendered on demand at the same address: the
 * rewrites in next.config.js send it here (lib/http/query-views.ts).
 */
export default async function CompareSelectionPage({
  params,
  searchParams,
}: PageProps<"/[locale]/compare/selection">) {
  const locale = (await params).locale as AppLocale
  setRequestLocale(locale)
  return <CompareResults locale={locale} query={await loadCompareSearchParams(searchParams)} />
}
