"use client"

import { createContext, useContext, useEffect, useState, type RefObject } from "react"

/**
 * When the browser redraws a chart (Recharts, the heaviest code on the page). Every chart is already in
 * the HTML, drawn by the server (server-drawing.tsx), and prints from there; the browser's drawing adds
 * the hover and the real width. A page of seven figures redrawn at load kept a mid-range laptop's main
 * thread busy for over a second, so each waits until it is needed:
 * - on a page, when its box comes within half a screen of the viewport;
 * - on a briefing slide, when the slide is the current one or next to it (so the next slide is ready).
 */

/** How far (in slides) this slide is from the deck's current one; null outside a deck. */
export const SlideDistance = createContext<number | null>(null)

export function useShouldDraw(box: RefObject<HTMLElement | null>): boolean {
  const distance = useContext(SlideDistance)
  const [seen, setSeen] = useState(false)
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
  return distance === null ? seen : distance <= 1
}
