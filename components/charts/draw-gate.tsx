"use client"

import { createContext, useContext, useEffect, useState, type RefObject } from "react"
import { DRAW_ALL_EVENT } from "./print-charts"

/**
 * When a chart's drawing (Recharts, the heaviest code on the page) is rendered. A page of seven figures
 * drawn at load kept a mid-range laptop's main thread busy for over a second; the text, the table, the
 * keyboard reading and the live region do not need the drawing, so it waits until it is needed:
 * - on a page, when its box comes within half a screen of the viewport;
 * - on a briefing slide, when the slide is the current one or next to it (so the next slide is ready);
 * - whenever the page is printed, or is about to be (print-charts.ts).
 */

/** How far (in slides) this slide is from the deck's current one; null outside a deck. */
export const SlideDistance = createContext<number | null>(null)

export function useShouldDraw(box: RefObject<HTMLElement | null>): boolean {
  const distance = useContext(SlideDistance)
  const [seen, setSeen] = useState(false)
  const printing = usePrinting()
  useEffect(() => {
    const el = box.current
    if (distance !== null || seen || !el) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setSeen(true)
          observer.disconnect()
        }
      },
      { rootMargin: "50% 0px" },
    )
    observer.observe(el)
    return () => observer.disconnect()
  }, [box, distance, seen])
  return printing || (distance === null ? seen : distance <= 1)
}

/**
 * True from the moment the page is printed, print is emulated or every drawing is asked for
 * (DRAW_ALL_EVENT) on: a drawn chart stays drawn.
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false)
  useEffect(() => {
    const query = window.matchMedia("print")
    const onChange = (e: MediaQueryListEvent) => e.matches && setPrinting(true)
    const onBeforePrint = () => setPrinting(true)
    query.addEventListener("change", onChange)
    window.addEventListener("beforeprint", onBeforePrint)
    window.addEventListener(DRAW_ALL_EVENT, onBeforePrint)
    return () => {
      query.removeEventListener("change", onChange)
      window.removeEventListener("beforeprint", onBeforePrint)
      window.removeEventListener(DRAW_ALL_EVENT, onBeforePrint)
    }
  }, [])
  return printing
}
