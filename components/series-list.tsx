import { getTranslations } from "next-intl/server"
import { LocaleLink } from "@/components/locale-link"
import { StatusBadge } from "@/components/status-badge"
import { caveatsForSeries, isGeneralCaveat } from "@/lib/data/caveats"
import { formatCountry, formatObservation } from "@/lib/format/values"
import type { Locale } from "@/lib/i18n/locale"
import { latestObservations } from "@/lib/data/observations"
import type { Dataset } from "@/lib/data/schema"

/**
 * Every series with its latest value, status and the titles of its specific caveats: the dataset at a
 * glance, one short entry per series. What each series counts, with its chart and table, is on its
 * source's page, linked under each source (this list sits at the foot of a long page, and every
 * element here is paid for by every reader of `/`).
 */
export async function SeriesList({ dataset, locale }: { dataset: Dataset; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "home" })
  const ts = await getTranslations({ locale, namespace: "status" })
  return (
    <div className="space-y-8">
      {dataset.sources.map((source) => {
        const series = dataset.series.filter((s) => s.sourceId === source.id)
        if (series.length === 0) return null
        return (
          <section key={source.id} aria-labelledby={`source-${source.id}`}>
            <h3 id={`source-${source.id}`} className="text-xl font-semibold">
              {source.name[locale]}
            </h3>
            <ul className="mt-2 divide-y divide-slate-200 border-y border-slate-200">
              {series.map((s) => {
                const latest = latestObservations(dataset, s.id)
                const first = latest[0]
                const caveats = caveatsForSeries(dataset, s.id).filter((c) => !isGeneralCaveat(c))
                const value = latest
                  .map((o) =>
                    [o.country && formatCountry(o.country, locale), formatObservation(o, s.unit, locale)]
                      .filter(Boolean)
                      .join(" "),
                  )
                  .join(" · ")
                const why = caveats.length
                  ? `${t("caveats")}: ${caveats.map((c) => c.title[locale]).join("; ")}.`
                  : t("noCaveats")
                return (
                  <li key={s.id} data-series-id={s.id} className="py-2">
                    <h4 className="font-semibold">{s.title[locale]}</h4>
                    <p className="text-sm">
                      <span className="sr-only">{`${t("latest")}: `}</span>
                      {first ? (
                        <>
                          <span className="font-semibold tabular-nums" data-latest-value>
                            {value}
                          </span>
                          {` (${first.period}) `}
                          <StatusBadge status={first.status} label={ts(first.status)} />
                        </>
                      ) : (
                        "—"
                      )}
                      <span className="text-slate-700">{` · ${why}`}</span>
                    </p>
                  </li>
                )
              })}
            </ul>
            <p className="mt-2 text-sm">
              <LocaleLink
                locale={locale}
                href={`/sources/${source.id}`}
                prefetch={false}
                className="inline-flex min-h-6 items-center text-blue-800 underline underline-offset-2"
              >
                {t("seriesMore", { source: source.shortName })}
              </LocaleLink>
            </p>
          </section>
        )
      })}
    </div>
  )
}
