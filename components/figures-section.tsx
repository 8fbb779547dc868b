import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query"
import { Figure } from "@/components/figure/figure"
import { getFigureSpec } from "@/lib/figure-spec"
import type { FigureId } from "@/lib/figures"
import { translatorFor } from "@/lib/i18n/translate"
import { figureQueryOptions } from "@/lib/queries"
import type { Dataset, Locale } from "@/lib/schema"
import { buildTakeaway } from "@/lib/takeaway"

type Props = { dataset: Dataset; ids: readonly FigureId[]; locale: Locale; headingLevel?: 1 | 2 | 3 }

/**
 * Figures with their data prefetched on the server under the client's own queryOptions, so the charts
 * hydrate from the page instead of asking the API again.
 */
export async function FiguresSection({ dataset, ids, locale, headingLevel }: Props) {
  const queryClient = new QueryClient()
  const specs = ids.map((id) => getFigureSpec(id, locale))
  await Promise.all(
    ids.map((id, i) =>
      queryClient.prefetchQuery({ ...figureQueryOptions(id, locale), queryFn: () => specs[i]! }),
    ),
  )
  const t = translatorFor(locale, "takeaway")
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <div className="space-y-12">
        {ids.map((id, i) => (
          <Figure
            key={id}
            dataset={dataset}
            id={id}
            locale={locale}
            spec={specs[i]!}
            takeaway={buildTakeaway(dataset, id, locale, t)}
            headingLevel={headingLevel}
          />
        ))}
      </div>
    </HydrationBoundary>
  )
}
