import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations, setRequestLocale } from "next-intl/server"
import { EmbedHeight } from "@/components/figure/embed-height"
import { FiguresSection } from "@/components/figures-section"
import { getDataset } from "@/lib/data/dataset"
import { figureTitle } from "@/lib/analysis/figure-year"
import { FIGURE_IDS, isFigureId } from "@/lib/charts/figure-defs"
import { localizedPath } from "@/lib/i18n/paths"
import { localeOf } from "@/lib/i18n/locale"

export function generateStaticParams() {
  return FIGURE_IDS.map((id) => ({ id }))
}

export const dynamicParams = false

export async function generateMetadata({ params }: PageProps<"/[locale]/embed/[id]">): Promise<Metadata> {
  const locale = await localeOf(params)
  const { id } = await params
  if (!isFigureId(id)) return {}
  return { title: figureTitle(getDataset(), id, locale), robots: { index: false } }
}

/**
 * One figure alone, for an <iframe> on another site: the only route that may be framed. The page is
 * static and the server reads no query parameter, so its caveat note and sources cannot be switched off
 * by URL; the browser reads only `scale` (lib/url/scale-param.ts), which changes a chart's axis and nothing
 * else. It tells its frame how tall it is (EmbedHeight), so that the embed code can fit the frame to it.
 */
export default async function EmbedPage({ params }: PageProps<"/[locale]/embed/[id]">) {
  const locale = await localeOf(params)
  const { id } = await params
  if (!isFigureId(id)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: "embed" })
  const home = localizedPath("/", locale)
  return (
    <main className="p-4" data-embed={id}>
      <p className="mb-4 rounded bg-slate-800 px-3 py-2 text-sm text-white">
        {t("note")}{" "}
        <a
          href={`${home === "/" ? "" : home}/#support`}
          target="_blank"
          rel="noopener"
          className="font-semibold underline"
        >
          {t("support")}
        </a>
      </p>
      <FiguresSection
        dataset={getDataset()}
        charts={[{ kind: "figure", id }]}
        locale={locale}
        headingLevel={1}
      />
      <p className="mt-4 text-sm">
        <a href={home} target="_blank" rel="noopener" className="text-blue-800 underline underline-offset-2">
          {t("full")}
        </a>
      </p>
      <EmbedHeight id={id} />
    </main>
  )
}
