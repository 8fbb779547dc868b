import { escapeXml, round } from "../export/text"

// A drawing as a tree of SVG elements, computed once in lib/: the page renders the tree as React
// elements on the server (components/svg-tree.tsx), so it is in the HTML, prints from the browser's own
// menu and needs no script, and the exports write the same tree as text, so a downloaded file is the
// drawing the reader saw. The chart panels (lib/charts/layout.ts) and the change bridges
// (lib/charts/bridge-layout.ts) are both drawn this way.

export type SvgElement = {
  tag: "svg" | "g" | "rect" | "line" | "path" | "circle" | "polygon" | "text" | "title" | "defs" | "pattern"
  attrs: Record<string, string | number>
  children?: SvgElement[]
  /** Text content (for text and title). */
  text?: string
}

function attrText(v: string | number): string {
  return typeof v === "number" ? String(round(v)) : escapeXml(v)
}

/** The tree as SVG text, for the exports. */
export function svgToString(node: SvgElement): string {
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${attrText(v)}"`)
    .join("")
  if (node.text !== undefined) return `<${node.tag}${attrs}>${escapeXml(node.text)}</${node.tag}>`
  if (!node.children?.length && node.tag !== "svg" && node.tag !== "g") return `<${node.tag}${attrs}/>`
  return `<${node.tag}${attrs}>${(node.children ?? []).map(svgToString).join("")}</${node.tag}>`
}
