"use client"

import { useSyncExternalStore } from "react"

// For values that exist only in the browser and never change while the page is open.
const noSubscription = () => () => {}

/**
 * False in the server HTML and during hydration, true once React runs the page. Pages paint before their
 * scripts load (lib/build/defer-hydration.ts), so for a moment a button that only works with script is on
 * screen while nothing listens to it. Such buttons render disabled until then: a click on a quick
 * clicker or a slow laptop waits visibly instead of vanishing, and without JavaScript the button says
 * plainly that it cannot work.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}

/** SITE_URL as it was when the pages were built (next.config.js), or "" when it was not set. */
const SITE_URL = process.env.NEXT_PUBLIC_SITE_URL ?? ""

/**
 * The site's public origin ("https://example.org"), for addresses a reader copies or an audience types:
 * SITE_URL when the site was built with one, else the address the browser is at. Read it only in
 * handlers, after hydration.
 */
export const siteOrigin = (): string => SITE_URL || window.location.origin

/**
 * The site's origin, as siteOrigin, for rendering. The server HTML has SITE_URL, or "" (pages are
 * prerendered and may be served under any host, so then only the browser knows it).
 */
export function useOrigin(): string {
  return useSyncExternalStore(noSubscription, siteOrigin, () => SITE_URL)
}

/**
 * Whether a media query matches, kept up to date; false in the server HTML and during hydration (the
 * server cannot know the screen), then the browser's answer.
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query)
      list.addEventListener("change", onChange)
      return () => list.removeEventListener("change", onChange)
    },
    () => window.matchMedia(query).matches,
    () => false,
  )
}
