"use client"

import { useSyncExternalStore } from "react"

/** For values that exist only in the browser and never change while the page is open. */
export const noSubscription = () => () => {}

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
