import type { Status } from "../data/schema"
import { recordOf } from "../record"

export type MarkStyle = "filled" | "hollow" | "hollow-dashed" | "hatched"

// A figure the source states plainly is drawn solid; anything less certain is visibly different, and
// the difference is in the shape, not only the colour, so it survives greyscale printing.
const MARKS: Record<Status, MarkStyle> = {
  reported: "filled",
  approximate: "hollow",
  implied: "hollow-dashed",
  preliminary: "hatched",
}

export function markFor(status: Status): MarkStyle {
  return MARKS[status]
}

export const MARK_ORDER = [
  "reported",
  "approximate",
  "implied",
  "preliminary",
] as const satisfies readonly Status[]

/**
 * Each status's label, for a chart's key and readout: the page's, the deck's and the export's. Typed
 * Record<Status, string>, so a status added to the schema and not to MARK_ORDER does not compile.
 */
export function labelStatuses(label: (status: Status) => string): Record<Status, string> {
  return recordOf(MARK_ORDER, label)
}
