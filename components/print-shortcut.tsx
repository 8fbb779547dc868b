"use client"

import { useEffect } from "react"
import { printWhenDrawn } from "@/components/charts/print-charts"
import { isPrintShortcut } from "@/lib/print-shortcut"

/**
 * Ctrl+P / ⌘P on any page: draw every chart, then open the print dialogue (see print-charts.ts). Renders
 * nothing. Until the page hydrates the browser's own shortcut applies, and charts draw on `beforeprint`.
 *
 * Also, however printing starts (the browser's menu included): the data tables, folded away in closed
 * <details data-print-open> on screen, are opened for the print and closed again after it, so paper has
 * every number. (app/globals.css opens them with ::details-content too, where the browser has it.)
 */
export function PrintShortcut() {
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
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || !isPrintShortcut(e)) return
      e.preventDefault()
      printWhenDrawn()
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [])
  return null
}
