/**
 * SVG text inherits the page's direction, and in a right-to-left page text-anchor "start" and "end"
 * swap sides. Recharts chooses anchors for left-to-right, so on an Arabic page an axis label on the
 * right grew back into the plot. Right-to-left, each such label gets the anchor that means what
 * Recharts meant.
 */
export function rtlAnchor(rtl: boolean, anchor: "start" | "end"): { textAnchor?: "start" | "end" } {
  return rtl ? { textAnchor: anchor } : {}
}
