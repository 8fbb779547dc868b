import { ConfidenceRing, HatchPattern, MarkGlyph } from "@/components/charts/mark"
import type { ChartLayer } from "@/lib/charts/spec"
import { INK, themed, type Theme } from "@/lib/charts/colours"
import { layerShape, rangePathD } from "@/lib/charts/mark-geometry"
import { markFor } from "@/lib/charts/marks"
import type { Status } from "@/lib/data/schema"

type Props = {
  scope: string
  layers: ChartLayer[]
  statuses: Status[]
  statusLabels: Record<Status, string>
  marksLabel: string
  /** Shown, with its error-bar swatch, only where a mark of the panel is a range. */
  rangeLabel: string
  /** Shown, with its dotted halo, only where a mark of the panel rests on a medium-confidence source. */
  mediumLabel: string
  className?: string
  /** The deck's theme (lib/charts/colours.ts), so the key matches the chart; pages are light. */
  theme?: Theme
}

/** The key to a panel: its lines, and the mark of each status it uses (shape, not only colour). */
export function MarkLegend({
  scope,
  layers: source,
  statuses,
  statusLabels,
  marksLabel,
  rangeLabel,
  mediumLabel,
  className = "mt-2 text-sm",
  theme = "light",
}: Props) {
  const ink = INK[theme]
  const layers = themed(source, theme)
  const legendScope = `${scope}-legend`
  const hasRange = layers.some((l) => l.points.some((p) => p.range))
  const hasMedium = layers.some((l) => l.points.some((p) => p.tier === "medium"))
  return (
    <div className={`flex flex-wrap gap-x-5 gap-y-1 ${className}`} data-legend>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {layers.map((l) => (
          <li key={l.key} className="flex items-center gap-1.5">
            <svg width="28" height="14" aria-hidden="true" className="shrink-0">
              {l.kind !== "adjusted" && l.kind !== "period" && (
                <line
                  x1="0"
                  y1="7"
                  x2="28"
                  y2="7"
                  stroke={l.color}
                  strokeWidth="2.5"
                  strokeDasharray={l.kind === "half-year" ? "7 4" : undefined}
                />
              )}
              {l.kind === "period" ? (
                <rect x="4" y="2" width="20" height="10" fill={l.color} />
              ) : (
                <MarkGlyph
                  cx={14}
                  cy={7}
                  mark="filled"
                  color={l.color}
                  scope={legendScope}
                  size={4.5}
                  shape={layerShape(l.kind)}
                />
              )}
            </svg>
            {l.label}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="font-semibold">{marksLabel}:</span>
        {statuses.map((s) => (
          <span key={s} className="flex items-center gap-1">
            <svg width="16" height="16" aria-hidden="true" className="shrink-0">
              {/* Only the hatched swatch needs the pattern: one definition, so one element per id. */}
              {markFor(s) === "hatched" && (
                <defs>
                  <HatchPattern scope={legendScope} color={ink.halo} surface={ink.surface} />
                </defs>
              )}
              <MarkGlyph
                cx={8}
                cy={8}
                mark={markFor(s)}
                color={ink.halo}
                scope={legendScope}
                size={5.5}
                surface={ink.surface}
              />
            </svg>
            {statusLabels[s]}
          </span>
        ))}
        {hasRange && (
          <span className="flex items-center gap-1" data-legend-range>
            <svg width="16" height="16" aria-hidden="true" className="shrink-0">
              <path d={rangePathD(8, 14, 2, 5)} stroke={ink.halo} strokeWidth="2" fill="none" />
            </svg>
            {rangeLabel}
          </span>
        )}
        {hasMedium && (
          <span className="flex items-center gap-1" data-legend-medium>
            <svg width="16" height="16" aria-hidden="true" className="shrink-0">
              <circle cx="8" cy="8" r="3" fill={ink.halo} />
              <ConfidenceRing cx={8} cy={8} r={6.5} halo={ink.halo} />
            </svg>
            {mediumLabel}
          </span>
        )}
      </div>
    </div>
  )
}
