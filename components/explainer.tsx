import { getTranslations } from "next-intl/server"
import type { Dataset, Locale } from "@/lib/data/schema"
import { buildExplainerExamples } from "@/lib/analysis/takeaway"
import { keyIn } from "@/lib/i18n/translate"

/** "Reports are not prevalence": the examples data/figures.json marks, with numbers computed from the data. */
export async function Explainer({ dataset, locale }: { dataset: Dataset; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "explainer" })
  const tc = await getTranslations({ locale, namespace: "compare" })
  const { examples, years } = buildExplainerExamples(dataset, locale, (verdict) =>
    tc(`verdict.${verdict}`).toLowerCase(),
  )
  const b = (chunks: React.ReactNode) => <strong>{chunks}</strong>
  return (
    <section
      aria-labelledby="explainer-heading"
      className="rounded border-s-4 border-amber-700 bg-amber-50 p-5"
      data-explainer
    >
      <h2 id="explainer-heading" className="text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mt-2">
        {t("intro")}
        {examples.length > 0 && <> {t("examplesFrom", { count: examples.length, years })}</>}
      </p>
      {examples.length > 0 && (
        <ul className="mt-3 list-disc space-y-2 ps-5">
          {examples.map((e) => (
            <li key={e.id}>{t.rich(keyIn("explainer", e.message), { ...e.values, b })}</li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm">{t("more")}</p>
    </section>
  )
}
