import { getTranslations } from "next-intl/server"
import { getDataset } from "@/lib/data/dataset"
import { datasetFilename } from "@/lib/export/file-names"
import { LocaleLink } from "@/components/locale-link"
import type { Locale } from "@/lib/i18n/locale"
import { SupportResources } from "@/components/support-resources"
import { essentialsFor } from "@/lib/i18n/essentials"

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "footer" })
  const { meta } = getDataset()
  return (
    <footer className="mt-16 border-t border-slate-300 bg-slate-50">
      <div className="mx-auto max-w-6xl px-4 py-8">
        <SupportResources note={essentialsFor(locale).contentNote} />
        <div className="mt-8 space-y-1 text-sm text-slate-700">
          <p>{t("dataset", { version: meta.version, date: meta.updated })}</p>
          <nav aria-label={t("reference")}>
            <ul className="flex flex-wrap gap-x-6 gap-y-1">
              {(
                [
                  ["/glossary", t("glossary")],
                  ["/changelog", t("changelog")],
                  ["/accessibility", t("accessibility")],
                ] as const
              ).map(([href, text]) => (
                <li key={href}>
                  <LocaleLink
                    locale={locale}
                    href={href}
                    prefetch={false}
                    className="inline-flex min-h-6 items-center text-blue-800 underline underline-offset-2"
                  >
                    {text}
                  </LocaleLink>
                </li>
              ))}
            </ul>
          </nav>
          <p>{t("seed", { title: meta.seed.title[locale], publisher: meta.seed.publisher })}</p>
          <p>
            {t.rich("api", {
              link: (chunks) => (
                // A file download from the API, not a page: a client-side <Link> would try to route to it.
                // eslint-disable-next-line @next/next/no-html-link-for-pages
                <a
                  href="/api/observations?format=csv"
                  dir="ltr"
                  className="text-blue-800 underline underline-offset-2"
                >
                  {chunks}
                </a>
              ),
            })}
          </p>
          <p>
            {t.rich("download", {
              link: (chunks) => (
                // A file download from the API, not a page, as above.
                <a
                  href={`/api/dataset/download?lang=${locale}`}
                  download={datasetFilename("dataset", locale, meta.version, "zip")}
                  className="text-blue-800 underline underline-offset-2"
                  data-download="dataset"
                >
                  {chunks}
                </a>
              ),
            })}
          </p>
        </div>
      </div>
    </footer>
  )
}
