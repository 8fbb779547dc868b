"use client"

import { useParams } from "next/navigation"
import { localeOfPath } from "@/lib/i18n/paths"
import { isAppLocale, type AppLocale } from "@/lib/i18n/routing"

/** The failed page's language: its [locale] segment, else its path (useParams is empty above it). */
export function useErrorLocale(): AppLocale {
  const locale = useParams<{ locale?: string }>()?.locale
  if (locale && isAppLocale(locale)) return locale
  return typeof window === "undefined" ? "en" : localeOfPath(window.location.pathname)
}
