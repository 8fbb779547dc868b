import { getTranslations } from "next-intl/server"
import { CitationList } from "@/components/citation-list"
import type { Caveat, Locale } from "@/lib/data/schema"

/** Caveats in full, each an anchor (#caveat-<id>) that the charts' "source" links land on. */
export async function CaveatList({ caveats, locale }: { caveats: Caveat[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "figurePage" })
  return (
    <ul className="mt-4 space-y-6">
      {caveats.map((c) => (
        <li
          key={c.id}
          id={`caveat-${c.id}`}
          className="scroll-mt-4 border-s-4 border-amber-700 ps-4"
          data-caveat-id={c.id}
        >
          <h3 className="font-semibold">
            {c.title[locale]}{" "}
            <span className="text-sm font-normal text-slate-700">({t(`kind.${c.kind}`)})</span>
          </h3>
          <p className="mt-1">{c.text[locale]}</p>
          <div className="mt-2">
            <CitationList citations={c.citations} locale={locale} />
          </div>
        </li>
      ))}
    </ul>
  )
}
