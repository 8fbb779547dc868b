"use client"

import { useState } from "react"
import { useHydrated } from "@/components/use-hydrated"

/** `text`: the text, or a function that writes it at the moment of copying (a citation's access date). */
type Props = { text: string | (() => string); label: string; copied: string; failed: string }

/** Copies a caveated sentence; says so in words (and to screen readers), never by colour alone. */
export function CopyButton({ text, label, copied, failed }: Props) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle")
  const hydrated = useHydrated()
  async function copy() {
    try {
      await navigator.clipboard.writeText(typeof text === "function" ? text() : text)
      setState("copied")
    } catch {
      setState("failed")
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        disabled={!hydrated}
        className="rounded border border-slate-600 bg-white px-2 py-1 text-sm font-medium hover:bg-slate-100 disabled:cursor-progress disabled:opacity-60"
      >
        {label}
      </button>
      <span role="status" className="text-sm">
        {state === "copied" ? copied : state === "failed" ? failed : ""}
      </span>
    </span>
  )
}
