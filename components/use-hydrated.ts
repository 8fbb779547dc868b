"use client"

import { useSyncExternalStore } from "react"

// For values that exist only in the browser and never change while the page is open.
const noSubscription = () => () => {}

/**
 * False in the server HTML and during hydration, true once React runs the page. Pages paint before their
 * scripts load (lib/defer-hydration.ts), so for a moment a button that only works with script is on
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

/**
 * The site's origin ("https://example.org"), or "" in the server HTML and during hydration: pages are
 * prerendered and may be served under any host, so only the browser knows it.
 */
export function useOrigin(): string {
  return useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  )
}
