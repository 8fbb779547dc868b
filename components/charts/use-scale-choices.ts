"use client"

import { useMemo, useSyncExternalStore } from "react"
import {
  parseScaleParam,
  SCALE_PARAM,
  searchWithScale,
  withChoice,
  type Scale,
  type ScaleChoices,
} from "@/lib/url/scale-param"

// The log/linear choices live in the address (lib/url/scale-param.ts) and nowhere else, so that every chart,
// its downloads and its copied link read the same one. They are read in the browser only, after
// hydration: the pages that show a scale switch (home, figure, source and embed pages) are prerendered,
// and reading the query on the server (or through useSearchParams, which must then sit under a Suspense
// fallback) would take the charts out of the server HTML. The charts are drawn only after hydration
// anyway (draw-gate.tsx), so a shared link's scale is there when the drawing is.

const CHANGE = "csea-scale-change"

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange)
  window.addEventListener(CHANGE, onChange)
  return () => {
    window.removeEventListener("popstate", onChange)
    window.removeEventListener(CHANGE, onChange)
  }
}

/** The reader's choices in the address; none in the server HTML and during hydration. */
export function useScaleChoices(): ScaleChoices {
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => "",
  )
  return useMemo(() => parseScaleParam(new URLSearchParams(search).get(SCALE_PARAM)), [search])
}

/**
 * Switches one panel and writes the address: replaced, not pushed (a switch is not a page the Back
 * button should step through), and without scrolling (Next's router adopts history.replaceState).
 */
export function chooseScale(panelId: string, scale: Scale, defaultScale: Scale): void {
  const { pathname, search, hash } = window.location
  const choices = parseScaleParam(new URLSearchParams(search).get(SCALE_PARAM))
  const next = searchWithScale(search, withChoice(choices, panelId, scale, defaultScale))
  window.history.replaceState(null, "", `${pathname}${next}${hash}`)
  window.dispatchEvent(new Event(CHANGE))
}
