import { getTranslations } from "next-intl/server"
import { StatusBadge } from "@/components/status-badge"
import { caveatsForSeries, isGeneralCaveat } from "@/lib/caveats"
import { formatCountry, formatQualified } from "@/lib/format"
import { latestObservations } from "@/lib/observations"
import type { Dataset, Locale } from "@/lib/schema"

/** Every series with its latest value, status and the caveats specific to it: the dataset at a glance. */
export async function SeriesList({ dataset, locale }: { dataset: Dataset; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "home" })
  const ts = await getTranslations({ locale, namespace: "status" })
  return (
    <div className="space-y-10">
      {dataset.sources.map((source) => {
        const series = dataset.series.filter((s) => s.sourceId === source.id)
        if (series.length === 0) return null
        return (
          <section key={source.id} aria-labelledby={`source-${source.id}`}>
            <h3 id={`source-${source.id}`} className="text-xl font-semibold">
              {source.name[locale]}
            </h3>
            <ul className="mt-3 divide-y divide-slate-200 border-y border-slate-200">
              {series.map((s) => {
                const latest = latestObservations(dataset, s.id)
                const first = latest[0]
                const caveats = caveatsForSeries(dataset, s.id).filter((c) => !isGeneralCaveat(c))
                return (
                  <li key={s.id} data-series-id={s.id} className="grid gap-2 py-4 md:grid-cols-[2fr_1fr_2fr]">
                    <div>
                      <h4 className="font-semibold">{s.title[locale]}</h4>
                      <p className="text-sm text-slate-700">{s.definition[locale]}</p>
                    </div>
                    <dl className="text-sm">
                      <dt className="sr-only">{t("latest")}</dt>
                      <dd>
                        {first ? (
                          <>
                            <span className="text-lg font-semibold tabular-nums" data-latest-value>
                              {latest
                                .map((o) =>
                                  [
                                    o.country && formatCountry(o.country, locale),
                                    formatQualified(o.value, s.unit, locale, o.qualifier),
                                  ]
                                    .filter(Boolean)
                                    .join(" "),
                                )
                                .join(" · ")}
                            </span>{" "}
                            <span className="text-slate-700">({first.period})</span>
                          </>
                        ) : (
                          "—"
                        )}
                      </dd>
                      <dt className="sr-only">{t("status")}</dt>
                      <dd className="mt-1">
                        {first && <StatusBadge status={first.status} label={ts(first.status)} />}
                      </dd>
                    </dl>
                    <div className="text-sm">
                      <p className="font-semibold">{t("caveats")}</p>
                      {caveats.length > 0 ? (
                        <ul className="list-disc ps-5">
                          {caveats.map((c) => (
                            <li key={c.id} data-caveat-id={c.id}>
                              {c.title[locale]}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <p className="text-slate-700">{t("noCaveats")}</p>
                      )}
                    </div>
                  </li>
                )
              })}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
