// Printing a page whose charts are drawn lazily (draw-gate.tsx). A browser lays the page out for print
// as soon as its print dialogue opens and does not wait for a drawing that is still loading, so a chart
// far from the viewport (or a far slide) would print as an empty box. Every way into printing that the
// page controls (the deck's Print button and P key, Ctrl+P / ⌘P anywhere) therefore asks every chart to
// draw first and opens the dialogue when the drawings are in. The browser's own menu is the one way in
// that cannot wait; it still draws everything on `beforeprint`, as fast as the drawings load.

/** Asks every chart on the page to draw now, whatever its distance from the viewport or current slide. */
export const DRAW_ALL_EVENT = "csea:draw-all"

/** The longest the dialogue waits for drawings; past it the page prints with what it has. */
const MAX_WAIT_MS = 5000

function allDrawn(): boolean {
  // A panel's only SVG is its drawing (the scale switch, readout and live region are HTML).
  return [...document.querySelectorAll("[data-chart-panel]")].every((panel) => panel.querySelector("svg"))
}

/**
 * Draws every chart, then opens the print dialogue. `onWaiting(true)` is called while the drawings load
 * (for a "preparing" status), `onWaiting(false)` just before the dialogue opens.
 */
export function printWhenDrawn(onWaiting?: (waiting: boolean) => void): void {
  window.dispatchEvent(new Event(DRAW_ALL_EVENT))
  const started = performance.now()
  onWaiting?.(true)
  const check = () => {
    if (!allDrawn() && performance.now() - started < MAX_WAIT_MS) {
      requestAnimationFrame(check)
      return
    }
    onWaiting?.(false)
    window.print()
  }
  requestAnimationFrame(check)
}
