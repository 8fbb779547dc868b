import { getTranslations } from "next-intl/server"
import { footnoteLabel, formatReadDate } from "@/lib/format/citation"
import { COMMA } from "@/lib/format/values"
import type { Citation, Locale } from "@/lib/data/schema"

/** Citations in full: where in the GTA 2025 (with the Arabic quote) or which page (with its quote). */
export async function CitationList({ citations, locale }: { citations: Citation[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "figurePage" })
  return (
    <ul className="space-y-2">
      {citations.map((c, i) => (
        <li key={i} className="text-sm">
          {c.kind === "gta2025" ? (
            <>
              <p>
                {t("gta", {
                  footnotes: footnoteLabel(c.footnotes, locale),
                  section: c.section,
                  line: c.seedLine,
                })}
              </p>
              <blockquote
                lang="ar"
                dir="rtl"
                className="mt-1 border-s-2 border-slate-400 ps-3 text-slate-800"
              >
                {c.quote}
              </blockquote>
            </>
          ) : (
            <>
              <p>
                {c.publisher[locale]},{" "}
                <a href={c.url} dir="ltr" className="break-all text-blue-800 underline underline-offset-2">
                  {c.url}
                </a>{" "}
                ({t("confidence", { level: t(`level.${c.confidence}`) })}
                {COMMA[locale]}
                <span data-read={c.read}>{formatReadDate(c, locale)}</span>)
              </p>
              <blockquote
                lang="en"
                dir="ltr"
                className="mt-1 border-s-2 border-slate-400 ps-3 text-slate-800"
              >
                “{c.quote}”
              </blockquote>
            </>
          )}
          {c.note && (
            <p className="mt-1 text-slate-700">
              {t("primaryNotChecked")}: {c.note[locale]}
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}
