import { INK } from "@/lib/charts/colours"
import { confidenceRingNode, hatchPattern, markNode, type MarkInput } from "@/lib/charts/mark-geometry"
import { renderSvgTree } from "@/components/svg-tree"

// The legend's marks (components/figure/mark-legend.tsx): the same geometry the charts and files draw.

export function HatchPattern({
  scope,
  color,
  surface = INK.light.surface,
}: {
  scope: string
  color: string
  surface?: string
}) {
  return renderSvgTree(hatchPattern(scope, color, surface))
}

export function MarkGlyph(props: MarkInput) {
  return renderSvgTree(markNode(props))
}

/** The dotted halo of a medium-confidence figure (lib/charts/mark-geometry.ts draws the same in exports). */
export function ConfidenceRing({ cx, cy, r, halo }: { cx: number; cy: number; r: number; halo?: string }) {
  return renderSvgTree(confidenceRingNode(cx, cy, r, halo))
}
