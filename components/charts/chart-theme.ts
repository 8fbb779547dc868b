"use client"

import { createContext, useContext, useSyncExternalStore } from "react"
import type { Theme } from "@/lib/charts/colours"

/** The theme the deck is shown in (`?theme=projector`), for the charts on its slides; pages are light. */
export const DeckTheme = createContext<Theme>("light")

// Printing is always light: paper is white and browsers drop backgrounds, so white-on-black charts would
// print as white on white. A store (not state) so that React re-renders synchronously, in the microtask
// after `beforeprint`, before the browser lays the page out for print; the browser's own Print menu
// included, which nothing can delay.
let printing = false
function subscribe(onChange: () => void) {
  const set = (value: boolean) => () => {
    printing = value
    onChange()
  }
  const before = set(true)
  const after = set(false)
  const query = window.matchMedia("print")
  const onQuery = (e: MediaQueryListEvent) => set(e.matches)()
  window.addEventListener("beforeprint", before)
  window.addEventListener("afterprint", after)
  query.addEventListener("change", onQuery)
  return () => {
    window.removeEventListener("beforeprint", before)
    window.removeEventListener("afterprint", after)
    query.removeEventListener("change", onQuery)
  }
}

/** The theme a chart is drawn in now: the deck's, or light while the page is printed. */
export function useChartTheme(): Theme {
  const theme = useContext(DeckTheme)
  const isPrinting = useSyncExternalStore(
    subscribe,
    () => printing || window.matchMedia("print").matches,
    () => false,
  )
  return isPrinting ? "light" : theme
}
