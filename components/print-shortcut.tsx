"use client"

import { useEffect } from "react"
import { printWhenDrawn } from "@/components/charts/print-charts"
import { isPrintShortcut } from "@/lib/print-shortcut"

/**
 * Ctrl+P / ⌘P on any page: draw every chart, then open the print dialogue (see print-charts.ts). Renders
 * nothing. Until the page hydrates the browser's own shortcut applies, and charts draw on `beforeprint`.
 */
export function PrintShortcut() {
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
