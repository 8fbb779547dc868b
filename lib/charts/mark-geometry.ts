import { INK } from "./colours"
import type { MarkStyle } from "./marks"
import type { SvgElement } from "./svg-tree"

// The geometry of a mark as a tag and attributes: drawn by React on screen and written as text into the
// exported SVG, so a status looks the same on the page, in a downloaded file and on a slide.

/** A mark's element: one of the tree's (lib/charts/svg-tree.ts), a circle, square or diamond. */
type SvgNode = SvgElement & { tag: "circle" | "rect" | "polygon" }

export function hatchId(scope: string, color: string): string {
  return `hatch-${scope}-${color.replace("#", "")}`
}

type MarkShape = "circle" | "square" | "diamond"

/**
 * A mark's shape says what kind of figure it is, so it survives greyscale: a value derived by this
 * dashboard (e.g. INHOPE without SafeNet) is a diamond, a half-year a square, anything else a circle.
 */
export function markShape(o: { derived: boolean; halfYear: boolean }): MarkShape {
  return o.derived ? "diamond" : o.halfYear ? "square" : "circle"
}

/** The shape of a layer's marks, for its legend key. */
export const layerShape = (kind: "annual" | "half-year" | "adjusted" | "period"): MarkShape =>
  markShape({ derived: kind === "adjusted", halfYear: kind === "half-year" })

export type MarkInput = {
  cx: number
  cy: number
  mark: MarkStyle
  color: string
  scope: string
  shape?: MarkShape
  size?: number
  /** What the mark is drawn on: the fill of a hollow mark (white, or black in the projector theme). */
  surface?: string
}

export function markNode({
  cx,
  cy,
  mark,
  color,
  scope,
  shape = "circle",
  size: base = 6,
  surface = INK.light.surface,
}: MarkInput): SvgNode {
  // Hollow marks are a little larger, so a hollow and a solid mark at the same point both stay visible.
  const size = mark === "filled" ? base : base * 1.3
  const attrs: Record<string, string | number> = {
    fill: mark === "filled" ? color : mark === "hatched" ? `url(#${hatchId(scope, color)})` : surface,
    stroke: color,
    "stroke-width": mark === "filled" ? 1.5 : 2.5,
  }
  if (mark === "hollow-dashed") attrs["stroke-dasharray"] = "3 2"
  if (shape === "square")
    return { tag: "rect", attrs: { x: cx - size, y: cy - size, width: size * 2, height: size * 2, ...attrs } }
  if (shape === "diamond") {
    const s = size * 1.25
    return {
      tag: "polygon",
      attrs: { points: `${cx},${cy - s} ${cx + s},${cy} ${cx},${cy + s} ${cx - s},${cy}`, ...attrs },
    }
  }
  return { tag: "circle", attrs: { cx, cy, r: size, ...attrs } }
}

/**
 * A diagonal hatch, the fill of preliminary marks: `size` px cells (4 for a chart's marks and legend, 6
 * for a bridge's wide bars), on the surface the mark is drawn on.
 */
export function hatchPattern(
  scope: string,
  color: string,
  surface = INK.light.surface,
  size = 4,
): SvgElement {
  return {
    tag: "pattern",
    attrs: {
      id: hatchId(scope, color),
      patternUnits: "userSpaceOnUse",
      width: size,
      height: size,
      patternTransform: "rotate(45)",
    },
    children: [
      { tag: "rect", attrs: { width: size, height: size, fill: surface } },
      {
        tag: "line",
        attrs: { x1: 0, y1: 0, x2: 0, y2: size, stroke: color, "stroke-width": size === 4 ? 2.5 : 3 },
      },
    ],
  }
}

/**
 * A value's range as an error bar, from `yLow` to `yHigh` with end caps `half` wide, drawn behind its
 * mark: the figure is a span the inputs allow, not a point. One geometry for the page, exports and slides.
 */
export function rangePathD(cx: number, yLow: number, yHigh: number, half: number): string {
  const r = (n: number) => Math.round(n * 10) / 10
  return `M${r(cx - half)},${r(yHigh)}H${r(cx + half)}M${r(cx)},${r(yHigh)}V${r(yLow)}M${r(cx - half)},${r(yLow)}H${r(cx + half)}`
}

/**
 * The halo of a medium-confidence figure (its best source is reporting of the organisation, or a draft
 * page): a dotted ring around its mark, a shape rather than a colour, so it survives greyscale.
 */
export function confidenceRingNode(cx: number, cy: number, r: number, halo = INK.light.halo): SvgNode {
  return {
    tag: "circle",
    attrs: {
      cx,
      cy,
      r,
      fill: "none",
      stroke: halo,
      "stroke-width": 1.5,
      "stroke-dasharray": "1.5 2.5",
      "data-confidence": "medium",
    },
  }
}
