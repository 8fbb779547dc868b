import { setRequestLocale } from "next-intl/server"
import { CompareResults } from "@/components/compare-results"
import { loadCompareSearchParams } from "@/lib/url/compare-params"
import { localeOf } from "@/lib/i18n/locale"

/**
 * /compare with a query (`?series=…&from=…&to=…`), rendered on demand at the same address: the
 * rewrites in next.config.js send it here (lib/http/query-views.ts).
 */
export default async function CompareSelectionPage({
  params,
  searchParams,
}: PageProps<"/[locale]/compare/selection">) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  return <CompareResults locale={locale} query={await loadCompareSearchParams(searchParams)} />
}
