import type { ReactNode } from "react"
import { renderToStaticMarkup } from "react-dom/server"
import { prerender } from "react-dom/static"
import { describe, expect, it, vi } from "vitest"
import { ErrorView } from "@/components/error-view"
import { ESSENTIALS } from "@/lib/i18n/essentials"

// The error boundaries read the page's language from its [locale] segment.
const params = vi.hoisted(() => ({ value: { locale: "ar" } as Record<string, string> }))
vi.mock("next/navigation", () => ({ useParams: () => params.value }))

const { default: SiteError } = await import("@/app/[locale]/(site)/error")
const { default: LocaleError } = await import("@/app/[locale]/error")
const { default: GlobalError } = await import("@/app/global-error")

const retry = () => {}

/** Server HTML once everything has loaded (the boundaries load their view lazily). */
async function html(node: ReactNode): Promise<string> {
  const { prelude } = await prerender(node)
  return (await new Response(prelude).text()).replace(/<!--[^>]*-->/g, "")
}

describe("the 404 and error views", () => {
  it.each(["en", "ar"] as const)("say what happened in %s, with a way back", (locale) => {
    const e = ESSENTIALS[locale].errors
    const notFound = renderToStaticMarkup(<ErrorView locale={locale} status={404} />)
    expect(notFound).toContain(e.notFoundTitle)
    expect(notFound).toContain(locale === "ar" ? "خطأ 404" : "Error 404")
    expect(notFound).toContain(`href="${locale === "ar" ? "/ar" : "/"}"`)
    expect(notFound).toContain(`href="${locale === "ar" ? "/ar/sources" : "/sources"}"`)
    // Inside the site's layout the footer carries the support resources.
    expect(notFound).not.toContain('id="support"')
    const failed = renderToStaticMarkup(<ErrorView locale={locale} status={500} withSupport />)
    expect(failed).toContain(e.errorTitle)
    expect(failed).toContain('id="support"')
    expect(failed).toContain(ESSENTIALS[locale].contentNote.heading)
    expect(failed).toContain("https://childhelplineinternational.org")
  })
})

describe("the error boundaries", () => {
  it("inside the site's layout: the page's language, a try-again button, no second footer", async () => {
    params.value = { locale: "ar" }
    const out = await html(<SiteError error={new Error("x")} retry={retry} />)
    expect(out).toContain(ESSENTIALS.ar.errors.errorTitle)
    expect(out).toContain(`<button type="button"`)
    expect(out).toContain(ESSENTIALS.ar.errors.retry)
    expect(out).not.toContain('id="support"')
  })

  it("outside it (briefing, embed): the content note and support resources too", async () => {
    params.value = { locale: "en" }
    const out = await html(<LocaleError error={new Error("x")} retry={retry} />)
    expect(out).toContain(ESSENTIALS.en.errors.errorTitle)
    expect(out).toContain('id="support"')
  })

  it("when the root layout fails: a whole document, right to left in Arabic", async () => {
    params.value = { locale: "ar" }
    const out = await html(<GlobalError error={new Error("x")} retry={retry} />)
    expect(out).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl">/)
    expect(out).toContain(`<title>${ESSENTIALS.ar.errors.errorTitle}</title>`)
    expect(out).toContain(ESSENTIALS.ar.contentNote.notAlone)
    expect(out).toContain('href="/ar"')
    params.value = {}
    expect(await html(<GlobalError error={new Error("x")} retry={retry} />)).toMatch(
      /^<!DOCTYPE html><html lang="en" dir="ltr">/,
    )
  })
})
