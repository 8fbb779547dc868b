import type { Status } from "../data/schema"

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

export const MARK_ORDER: Status[] = ["reported", "approximate", "implied", "preliminary"]
