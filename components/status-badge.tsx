import type { Status } from "@/lib/data/schema"

// Status is never shown by colour alone: the word is always there, the border style repeats it.
const STYLE: Record<Status, string> = {
  reported: "border-slate-700 border-solid bg-slate-800 text-white",
  approximate: "border-slate-700 border-dashed bg-white text-slate-900",
  implied: "border-slate-700 border-dotted bg-white text-slate-900",
  preliminary: "border-amber-800 border-dashed bg-amber-50 text-amber-950",
}

export function StatusBadge({ status, label }: { status: Status; label: string }) {
  return (
    <span
      className={`inline-block rounded border-2 px-1.5 py-0 text-xs font-semibold ${STYLE[status]}`}
      data-status={status}
    >
      {label}
    </span>
  )
}
