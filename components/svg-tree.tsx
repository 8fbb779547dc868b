import { createElement, type ReactNode } from "react"
import type { SvgElement } from "@/lib/charts/svg-tree"

// SVG attribute names as React spells them; everything else in the tree is already valid as written.
const REACT_NAMES: Record<string, string> = {
  "stroke-width": "strokeWidth",
  "stroke-dasharray": "strokeDasharray",
  "text-anchor": "textAnchor",
  "font-size": "fontSize",
  "font-weight": "fontWeight",
  "font-family": "fontFamily",
  patternUnits: "patternUnits",
  patternTransform: "patternTransform",
  viewBox: "viewBox",
}

/** Extra attributes for a node, by the page (focus, labels): the drawing itself stays in lib/. */
type Decorate = (node: SvgElement) => Record<string, unknown> | undefined

/**
 * A drawing's tree (lib/charts/svg-tree.ts: a chart panel or a change bridge) as React SVG: the same drawing the
 * exports write as text, rendered on the server, so it is in the HTML, prints from the browser's own menu
 * and needs no script.
 */
export function renderSvgTree(node: SvgElement, decorate?: Decorate, key?: number): ReactNode {
  const props: Record<string, unknown> = { key }
  for (const [k, v] of Object.entries(node.attrs)) {
    if (k === "xmlns" && node.tag === "svg") continue
    props[REACT_NAMES[k] ?? k] = v
  }
  Object.assign(props, decorate?.(node))
  if (node.text !== undefined) return createElement(node.tag, props, node.text)
  return createElement(node.tag, props, ...(node.children ?? []).map((c, i) => renderSvgTree(c, decorate, i)))
}
