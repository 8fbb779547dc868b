"use client"

import { useSyncExternalStore } from "react"

// The state some pages keep in their address (a chart's log/linear choice, the deck's slide and theme),
// read and written without useSearchParams: a component that calls useSearchParams is not in a
// prerendered page's HTML but under a Suspense fallback, and is rendered again in the browser.

const CHANGE = "csea-address-change"

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange)
  window.addEventListener(CHANGE, onChange)
  return () => {
    window.removeEventListener("popstate", onChange)
    window.removeEventListener(CHANGE, onChange)
  }
}

/** The address's query ("?a=b" or ""): `drawn` while the page is drawn on the server and hydrated, then the browser's. */
export function useAddressSearch(drawn: string): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => drawn,
  )
}

/**
 * Replaces the address's query, keeping its path and fragment: no history entry (a switch or a slide is
 * not a page the Back button should step through) and no scroll. Next's router adopts
 * history.replaceState, so useSearchParams elsewhere sees the new address too.
 */
export function replaceAddressSearch(search: string): void {
  const { pathname, hash } = window.location
  window.history.replaceState(null, "", `${pathname}${search}${hash}`)
  window.dispatchEvent(new Event(CHANGE))
}
