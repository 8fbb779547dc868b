import { notFound } from "next/navigation"
import { setRequestLocale } from "next-intl/server"
import { localeOf } from "@/lib/i18n/locale"

// Any path under /en or /ar that no page matches lands here, so that its 404 is drawn by
// app/[locale]/(site)/not-found.tsx, in the site's layout and the path's language, rather than by Next's bare
// page. Rendered per request and never stored: an invented path must not become a cached page.
export const dynamic = "force-dynamic"
// The layout allows only en and ar; this segment takes any path.
export const dynamicParams = true

export default async function Missing({ params }: PageProps<"/[locale]/[...missing]">) {
  setRequestLocale(await localeOf(params))
  notFound()
}
