import type { MarkStyle } from "@/lib/marks"

// One drawing of a mark, shared by the charts, their legends and the exports, so a status looks the
// same everywhere. Pure SVG with literal colours: no CSS variables, so it survives being saved as a file.

export function hatchId(scope: string, color: string): string {
  return `hatch-${scope}-${color.replace("#", "")}`
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

type Props = {
  cx: number
  cy: number
  mark: MarkStyle
  color: string
  scope: string
  shape?: "circle" | "square" | "diamond"
  size?: number
}

export function MarkGlyph({ cx, cy, mark, color, scope, shape = "circle", size: base = 6 }: Props) {
  // Hollow marks are a little larger, so a hollow and a solid mark at the same point both stay visible.
  const size = mark === "filled" ? base : base * 1.3
  const fill = mark === "filled" ? color : mark === "hatched" ? `url(#${hatchId(scope, color)})` : "#FFFFFF"
  const common = {
    fill,
    stroke: color,
    strokeWidth: mark === "filled" ? 1.5 : 2.5,
    strokeDasharray: mark === "hollow-dashed" ? "3 2" : undefined,
  }
  if (shape === "square") {
    return <rect x={cx - size} y={cy - size} width={size * 2} height={size * 2} {...common} />
  }
  if (shape === "diamond") {
    const s = size * 1.25
    return <polygon points={`${cx},${cy - s} ${cx + s},${cy} ${cx},${cy + s} ${cx - s},${cy}`} {...common} />
  }
  return <circle cx={cx} cy={cy} r={size} {...common} />
}
