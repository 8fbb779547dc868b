"use client"

import { useMemo } from "react"
import { replaceAddressSearch, useAddressSearch } from "@/components/use-address"
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

/** The reader's choices in the address; none in the server HTML and during hydration. */
export function useScaleChoices(): ScaleChoices {
  const search = useAddressSearch("")
  return useMemo(() => parseScaleParam(new URLSearchParams(search).get(SCALE_PARAM)), [search])
}

/** Switches one panel and writes the address (replaced, not pushed: components/use-address.ts). */
export function chooseScale(panelId: string, scale: Scale, defaultScale: Scale): void {
  const { search } = window.location
  const choices = parseScaleParam(new URLSearchParams(search).get(SCALE_PARAM))
  replaceAddressSearch(searchWithScale(search, withChoice(choices, panelId, scale, defaultScale)))
}
