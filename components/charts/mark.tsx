import { createElement } from "react"
import { INK } from "@/lib/colours"
import { confidenceRingNode, hatchId, markNode, type MarkInput, type SvgNode } from "@/lib/mark-geometry"

export { hatchId }

// React's camelCase for the few SVG attributes the geometry uses.
const REACT_NAMES: Record<string, string> = {
  "stroke-width": "strokeWidth",
  "stroke-dasharray": "strokeDasharray",
}

export function HatchPattern({
  scope,
  color,
  surface = INK.light.surface,
}: {
  scope: string
  color: string
  surface?: string
}) {
  return (
    <pattern
      id={hatchId(scope, color)}
      patternUnits="userSpaceOnUse"
      width="4"
      height="4"
      patternTransform="rotate(45)"
    >
      <rect width="4" height="4" fill={surface} />
      <line x1="0" y1="0" x2="0" y2="4" stroke={color} strokeWidth="2.5" />
    </pattern>
  )
}

function svgElement({ tag, attrs }: SvgNode, extra: Record<string, string> = {}) {
  return createElement(tag, {
    ...Object.fromEntries(Object.entries(attrs).map(([k, v]) => [REACT_NAMES[k] ?? k, v])),
    ...extra,
  })
}

export function MarkGlyph(props: MarkInput) {
  return svgElement(markNode(props))
}

/** The dotted halo of a medium-confidence figure (lib/mark-geometry.ts draws the same in exports). */
export function ConfidenceRing({ cx, cy, r, halo }: { cx: number; cy: number; r: number; halo?: string }) {
  return svgElement(confidenceRingNode(cx, cy, r, halo), { "data-confidence": "medium" })
}
