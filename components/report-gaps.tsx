import { getTranslations } from "next-intl/server"
import { PageSection } from "@/components/page-section"
import { sourceLabel } from "@/lib/charts/spec"
import { CONTEXT_KINDS, formatContextValue } from "@/lib/format/values"
import type { ContextFigure, Dataset, Locale } from "@/lib/data/schema"

export const KINDS = CONTEXT_KINDS

/**
 * "What report counts miss": survey and disclosure figures, and how few companies make the reports, each
 * in its own unit and apart from the charts, so that no one reads a report count as a count of children.
 */
export async function ReportGaps({ dataset, locale }: { dataset: Dataset; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "gaps" })
  const value = (f: ContextFigure) => formatContextValue(f, locale, (n) => t("oneIn", { n }))
  return (
    <PageSection
      id="gaps-heading"
      heading={t("heading")}
      className="rounded border border-slate-300 p-5"
      data-report-gaps
    >
      <p className="mt-2 max-w-4xl">{t("intro")}</p>
      {KINDS.map((kind) => {
        const figures = dataset.context.filter((f) => f.kind === kind)
        if (figures.length === 0) return null
        return (
          <div key={kind} className="mt-4">
            <h3 className="text-lg font-semibold">{t(`kind.${kind}`)}</h3>
            <ul className="mt-2 grid gap-4 md:grid-cols-2">
              {figures.map((f) => (
                <li key={f.id} className="rounded bg-slate-50 p-4" data-context-figure={f.id}>
                  <p>
                    <span className="text-2xl font-bold tabular-nums">{value(f)}</span> {f.population[locale]}{" "}
                    {f.measure[locale]}.
                  </p>
                  {f.arithmetic && <p className="mt-1 text-sm text-slate-800">{f.arithmetic[locale]}</p>}
                  <p className="mt-2 text-sm text-slate-800">
                    {f.published
                      ? t("published", { study: f.study[locale], year: String(f.published) })
                      : f.study[locale]}
                    {" · "}
                    {t("source", { source: sourceLabel(f.citations, locale) })}
                  </p>
                </li>
              ))}
            </ul>
          </div>
        )
      })}
    </PageSection>
  )
}
