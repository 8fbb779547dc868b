import type { Metadata } from "next"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { getDataset } from "@/lib/data/dataset"
import { GLOSSARY_IDS, hasExpansion, hasSource, TERM_CAVEATS, termLabel } from "@/lib/format/glossary"
import { localeOf } from "@/lib/i18n/locale"
import { formatEventDate } from "@/lib/format/time"

export async function generateMetadata({ params }: PageProps<"/[locale]/glossary">): Promise<Metadata> {
  const locale = await localeOf(params)
  const t = await getTranslations({ locale, namespace: "glossary" })
  return { title: t("title") }
}

/**
 * Every abbreviation and counting word the dashboard uses, each at its own anchor (/glossary#csam) for
 * the "Terms used" links under each figure. A term's dataset caveat (lib/format/glossary.ts TERM_CAVEATS) is
 * shown as it stands in data/caveats.json, so the glossary cannot say something the charts' notes do not.
 */
export default async function GlossaryPage({ params }: PageProps<"/[locale]/glossary">) {
  const locale = await localeOf(params)
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "glossary" })
  const ts = await getTranslations({ locale, namespace: "status" })
  const dataset = getDataset()
  const { seed } = dataset.meta
  const caveat = (id: string) => dataset.caveats.find((c) => c.id === id)
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-3 text-lg">{t("intro")}</p>
      {/* Every term at a glance, each a link to its entry: the list is long, and read out of order. */}
      <nav aria-label={t("index")} className="mt-6 text-sm" data-glossary-index>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {GLOSSARY_IDS.map((id) => (
            <li key={id}>
              <a
                href={`#${id}`}
                className="inline-flex min-h-6 items-center text-blue-800 underline underline-offset-2"
              >
                {termLabel(id, { glossary: t, status: ts })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <dl className="mt-8 space-y-6">
        {GLOSSARY_IDS.map((id) => {
          const term = termLabel(id, { glossary: t, status: ts })
          // Optional parts: a term with no expansion (ICCAM) or whose definition is the dashboard's own.
          const expansion = hasExpansion(id) ? t(`terms.${id}.expansion`) : ""
          const source = hasSource(id) ? t(`terms.${id}.source`) : ""
          const note = TERM_CAVEATS[id] ? caveat(TERM_CAVEATS[id]) : undefined
          return (
            <div
              key={id}
              id={id}
              className="scroll-mt-4 border-s-4 border-slate-300 ps-4"
              data-glossary-term={id}
            >
              <dt className="text-lg font-semibold">
                {term}
                {expansion && <span className="font-normal">{` (${expansion})`}</span>}
              </dt>
              <dd className="mt-1">
                {id === "gta"
                  ? t(`terms.gta.definition`, {
                      title: seed.title[locale],
                      publisher: seed.publisher,
                      published: formatEventDate(seed.published, locale),
                    })
                  : t(`terms.${id}.definition`)}
              </dd>
              {source && (
                <dd className="mt-1 text-sm text-slate-700">
                  <span className="font-semibold">{`${t("source")}: `}</span>
                  {source}
                </dd>
              )}
              {note && (
                <dd className="mt-2 text-sm" data-term-caveat={note.id}>
                  <span className="font-semibold">{`${t("inDataset")}: `}</span>
                  <strong>{note.title[locale]}.</strong> {note.text[locale]}
                </dd>
              )}
            </div>
          )
        })}
      </dl>
    </article>
  )
}
