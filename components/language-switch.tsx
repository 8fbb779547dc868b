"use client"

import NextLink from "next/link"
import { usePathname, useSearchParams } from "next/navigation"
import { Suspense } from "react"
import { routeView } from "@/lib/http/query-views"
import { localizedPath } from "@/lib/i18n/paths"
import type { Locale } from "@/lib/i18n/locale"

type Props = { target: Locale; text: string; label: string }

function SwitchLink(props: Props & { query: string }) {
  // While a prerendered view is rendered the path is its route (/en/compare/series/x), not the address the
  // reader is at (/compare?series=x); in the browser it is the address, and this changes nothing.
  const view = routeView(usePathname())
  return (
    <FixedSwitchLink
      {...props}
      query={props.query || view.search}
      href={localizedPath(view.path, props.target)}
    />
  )
}

function FixedSwitchLink({ target, text, label, query, href }: Props & { query: string; href: string }) {
  return (
    <NextLink
      href={query ? `${href}?${query}` : href}
      prefetch={false}
      lang={target}
      hrefLang={target}
      aria-label={label}
      // The other language's name in the system face: on English pages the Arabic web font is not
      // downloaded for one word.
      className="rounded border border-slate-500 px-3 py-1 text-sm font-medium [font-family:system-ui,sans-serif] hover:bg-slate-100"
    >
      {text}
    </NextLink>
  )
}

function SwitchWithQuery(props: Props) {
  return <SwitchLink {...props} query={useSearchParams().toString()} />
}

/**
 * Switches language on the same route with the same query, so a reader keeps the view they are in. With
 * `href`, a fixed address (with its query, if any) instead: for a page served at addresses other than
 * its own (the 404 page, a prerendered deck slide), where the route the server drew and the address the
 * browser shows differ.
 */
export function LanguageSwitch({ href, ...props }: Props & { href?: string }) {
  if (href !== undefined) return <FixedSwitchLink {...props} query="" href={href} />
  // The query is only known in the browser; until then the link keeps the route, and a prerendered view's
  // query.
  return (
    <Suspense fallback={<SwitchLink {...props} query="" />}>
      <SwitchWithQuery {...props} />
    </Suspense>
  )
}
