import type { Verdict } from "@/lib/analysis/compare"

// Shape and words carry the verdict; colour only repeats it.
const STYLE: Record<Verdict, { icon: string; className: string }> = {
  comparable: { icon: "=", className: "border-emerald-800 bg-emerald-50 text-emerald-900" },
  caution: { icon: "!", className: "border-amber-800 bg-amber-50 text-amber-950" },
  "not-comparable": { icon: "≠", className: "border-red-800 bg-red-50 text-red-900" },
}

type Props = { verdict: Verdict; label: string; size?: "normal" | "large" }

export function VerdictBadge({ verdict, label, size = "normal" }: Props) {
  const s = STYLE[verdict]
  const scale = size === "large" ? "border-4 u-px-15 u-py-4" : "border-2 px-2 py-0.5 text-sm"
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded font-semibold ${scale} ${s.className}`}
      data-verdict-badge={verdict}
    >
      <span aria-hidden="true" className="font-mono">
        {s.icon}
      </span>
      {label}
    </span>
  )
}
