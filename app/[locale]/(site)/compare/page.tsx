import { setRequestLocale } from "next-intl/server"
import { CompareResults } from "@/components/compare-results"
import { loadCompareSearchParams } from "@/lib/url/compare-params"
import { localeOf } from "@/lib/i18n/locale"

/**
 * /compare with no query: every consecutive like pair. Prerendered; a request with one of the page's
 * parameters is served by ./selection instead (lib/http/query-views.ts).
 */
export default async function ComparePage({ params }: PageProps<"/[locale]/compare">) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  return <CompareResults locale={locale} query={loadCompareSearchParams({})} />
}
