import NextLink from "next/link"
import type { ComponentProps } from "react"
import { localizedPath } from "@/lib/i18n/paths"
import type { Locale } from "@/lib/i18n/locale"

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string; locale: Locale }

/**
 * A link to a page of this site in the given language ("/sources" → "/ar/sources"). The locale is
 * resolved on the server, so the browser needs no intl runtime or provider just to follow a link.
 */
export function LocaleLink({ href, locale, ...rest }: Props) {
  return <NextLink href={localizedPath(href, locale)} {...rest} />
}
