import { getTranslations } from "next-intl/server"
import type { Dataset, Locale } from "@/lib/schema"
import { buildExplainerValues } from "@/lib/takeaway"

/** "Reports are not prevalence": the three clearest examples, with numbers computed from the data. */
export async function Explainer({ dataset, locale }: { dataset: Dataset; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "explainer" })
  const tc = await getTranslations({ locale, namespace: "compare" })
  const v = buildExplainerValues(dataset, locale, (verdict) => tc(`verdict.${verdict}`).toLowerCase())
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
      <p className="mt-2">{t("intro")}</p>
      <ul className="mt-3 list-disc space-y-2 ps-5">
        <li>{t.rich("cybertipline", { ...v.cybertipline, b })}</li>
        <li>{t.rich("inhope", { ...v.inhope, b })}</li>
        <li>{t.rich("enticement", { ...v.enticement, b })}</li>
      </ul>
      <p className="mt-3 text-sm">{t("more")}</p>
    </section>
  )
}
