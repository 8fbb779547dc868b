"use client"

import { useEffect } from "react"

/**
 * Marks <html data-hydrated> once React has hydrated the page: the app's own signal that its scripts
 * ran (the browser tests wait on it, instead of on React's private properties on DOM nodes). A page
 * whose scripts were blocked never gets it. Renders nothing.
 */
export function HydratedMarker() {
  useEffect(() => {
    document.documentElement.setAttribute("data-hydrated", "")
  }, [])
  return null
}
