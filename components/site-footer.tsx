import { getTranslations } from "next-intl/server"
import { getDataset } from "@/lib/dataset"
import { LocaleLink } from "@/components/locale-link"
import type { AppLocale } from "@/lib/i18n/routing"
import { SUPPORT_RESOURCES } from "@/lib/support-resources"

export async function SiteFooter({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: "footer" })
  const tc = await getTranslations({ locale, namespace: "contentNote" })
  const { meta } = getDataset()
  return (
    <footer className="mt-16 border-t border-slate-300 bg-slate-50">
      <div className="mx-auto max-w-6xl px-4 py-8">
        <section id="support" aria-labelledby="support-heading" className="scroll-mt-4">
          <h2 id="support-heading" className="text-lg font-semibold">
            {tc("heading")}
          </h2>
          <p className="mt-2 max-w-3xl">{tc("body")}</p>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2">
            {SUPPORT_RESOURCES.map((r) => (
              <li key={r.key}>
                <a
                  href={r.url}
                  lang="en"
                  dir="ltr"
                  className="font-semibold text-blue-800 underline underline-offset-2"
                >
                  {tc(`resources.${r.key}.name`)}
                </a>
                : {tc(`resources.${r.key}.description`)}
              </li>
            ))}
          </ul>
          <p className="mt-3 font-semibold">{tc("notAlone")}</p>
        </section>
        <div className="mt-8 space-y-1 text-sm text-slate-700">
          <p>{t("dataset", { version: meta.version, date: meta.updated })}</p>
          <p>
            <LocaleLink
              locale={locale}
              href="/accessibility"
              className="text-blue-800 underline underline-offset-2"
            >
              {t("accessibility")}
            </LocaleLink>
          </p>
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
        </div>
      </div>
    </footer>
  )
}
