import { getTranslations } from "next-intl/server"
import { LanguageSwitch } from "@/components/language-switch"
import { LocaleLink } from "@/components/locale-link"
import type { Locale } from "@/lib/i18n/locale"

/** `languageHref`: where the language switch goes, when not the same page in the other language. */
export async function SiteHeader({ locale, languageHref }: { locale: Locale; languageHref?: string }) {
  const t = await getTranslations({ locale, namespace: "nav" })
  const tc = await getTranslations({ locale, namespace: "contentNote" })
  return (
    <header className="border-b border-slate-300">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <p className="bg-slate-800 px-4 py-2 text-center text-sm text-white">
        {tc("notAlone")}{" "}
        <a href="#support" className="font-semibold underline underline-offset-2">
          {t("contentNote")}
        </a>
      </p>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <nav aria-label={t("primary")} className="flex flex-wrap items-center gap-4">
          {/* No prefetch in the header: fetching and parsing four pages' payloads (the language switch's
              is the whole page again) competed with the page's own start-up on slow machines. The
              prerendered pages arrive quickly when clicked; the two rendered per request would also be
              rendered for every visitor. */}
          <LocaleLink
            locale={locale}
            href="/"
            prefetch={false}
            className="font-semibold text-slate-900 hover:underline"
          >
            {t("home")}
          </LocaleLink>
          <LocaleLink
            locale={locale}
            href="/compare"
            prefetch={false}
            className="text-slate-900 hover:underline"
          >
            {t("compare")}
          </LocaleLink>
          <LocaleLink
            locale={locale}
            href="/sources"
            prefetch={false}
            className="text-slate-900 hover:underline"
          >
            {t("sources")}
          </LocaleLink>
          <LocaleLink
            locale={locale}
            href="/briefing"
            prefetch={false}
            className="text-slate-900 hover:underline"
          >
            {t("briefing")}
          </LocaleLink>
        </nav>
        <LanguageSwitch
          href={languageHref}
          target={locale === "ar" ? "en" : "ar"}
          text={t("languageSwitch")}
          label={t("languageSwitchLabel")}
        />
      </div>
    </header>
  )
}
