"use client"

import { useEffect } from "react"

/**
 * However printing starts (the browser's menu included): the data tables, folded away in closed
 * <details data-print-open> on screen, are opened for the print and closed again after it, so paper has
 * every number. (app/globals.css opens them with ::details-content too, where the browser has it.)
 * Renders nothing. The charts need nothing here: they are in the HTML (components/charts/server-drawing.tsx).
 */
export function PrintTables() {
  useEffect(() => {
    // The ones this opened (not those the reader had opened), kept across repeated beforeprint events.
    const opened = new Set<HTMLDetailsElement>()
    function onBeforePrint() {
      for (const d of document.querySelectorAll<HTMLDetailsElement>("details[data-print-open]:not([open])")) {
        d.open = true
        opened.add(d)
      }
    }
    function onAfterPrint() {
      for (const d of opened) d.open = false
      opened.clear()
    }
    window.addEventListener("beforeprint", onBeforePrint)
    window.addEventListener("afterprint", onAfterPrint)
    return () => {
      window.removeEventListener("beforeprint", onBeforePrint)
      window.removeEventListener("afterprint", onAfterPrint)
    }
  }, [])
  return null
}
