"use client"

import { useParams } from "next/navigation"
import { localeOfPath } from "@/lib/i18n/paths"
import { isLocale, type Locale } from "@/lib/i18n/locale"

/** The failed page's language: its [locale] segment, else its path (useParams is empty above it). */
export function useErrorLocale(): Locale {
  const locale = useParams<{ locale?: string }>()?.locale
  if (locale && isLocale(locale)) return locale
  return typeof window === "undefined" ? "en" : localeOfPath(window.location.pathname)
}
