import { createElement } from "react"
import { hatchId, markNode, type MarkInput } from "@/lib/mark-geometry"

export { hatchId }

// React's camelCase for the few SVG attributes the geometry uses.
const REACT_NAMES: Record<string, string> = {
  "stroke-width": "strokeWidth",
  "stroke-dasharray": "strokeDasharray",
}

export function HatchPattern({ scope, color }: { scope: string; color: string }) {
  return (
    <pattern
      id={hatchId(scope, color)}
      patternUnits="userSpaceOnUse"
      width="4"
      height="4"
      patternTransform="rotate(45)"
    >
      <rect width="4" height="4" fill="#FFFFFF" />
      <line x1="0" y1="0" x2="0" y2="4" stroke={color} strokeWidth="2.5" />
    </pattern>
  )
}

export function MarkGlyph(props: MarkInput) {
  const { tag, attrs } = markNode(props)
  return createElement(
    tag,
    Object.fromEntries(Object.entries(attrs).map(([k, v]) => [REACT_NAMES[k] ?? k, v])),
  )
}
