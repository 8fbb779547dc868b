"use client"

import { useRef, useState, type KeyboardEvent, type ReactNode } from "react"

/**
 * Keyboard reading of a bridge's parts: Tab reaches each part (the server HTML makes them focusable), and
 * ← → Home End move between them. Arrows follow the drawing, not the language: time runs left to right
 * in Arabic too, so → is always the later part. The part's sentence is shown and announced below.
 */
export function BridgeReader({
  children,
  emptyText,
  readoutId,
}: {
  children: ReactNode
  emptyText: string
  readoutId: string
}) {
  const box = useRef<HTMLDivElement>(null)
  const [text, setText] = useState("")
  const parts = () => [...(box.current?.querySelectorAll<SVGElement>("[data-bridge-part]") ?? [])]
  function onKeyDown(e: KeyboardEvent) {
    const all = parts()
    const at = all.indexOf(e.target as SVGElement)
    if (at < 0) return
    const to =
      e.key === "ArrowRight"
        ? at + 1
        : e.key === "ArrowLeft"
          ? at - 1
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? all.length - 1
              : null
    if (to === null) return
    e.preventDefault()
    all[Math.max(0, Math.min(all.length - 1, to))]?.focus()
  }
  // Focus or a pointer over a part shows its sentence; the pointer needs the part, not the rect under it.
  function show(target: EventTarget) {
    const part = target instanceof Element ? target.closest("[data-bridge-part]") : null
    const label = part?.getAttribute("aria-label")
    if (label) setText(label)
  }
  return (
    <div ref={box} onKeyDown={onKeyDown} onFocus={(e) => show(e.target)} onMouseOver={(e) => show(e.target)}>
      {children}
      <p
        id={readoutId}
        className="mt-2 min-h-12 rounded bg-slate-50 px-3 py-2 text-sm print:hidden"
        aria-live="polite"
        data-bridge-readout
      >
        {text || emptyText}
      </p>
    </div>
  )
}
