type ParsedPeriod = { year: number; half: 1 | 2 | null }

const PERIOD = /^(\d{4})(?:-H([12]))?$/

/** Whether a string is a period at all: a query parameter may hold anything. */
export function isPeriod(value: string): boolean {
  return PERIOD.test(value)
}

export function parsePeriod(period: string): ParsedPeriod {
  const m = PERIOD.exec(period)
  if (!m) throw new Error(`not a period: ${period}`)
  return { year: Number(m[1]), half: m[2] ? (Number(m[2]) as 1 | 2) : null }
}

export function isHalfYear(period: string): boolean {
  return parsePeriod(period).half !== null
}

/** Chronological order; a year sorts before its own halves so tables read 2024, 2024-H1, 2025-H1. */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a)
  const pb = parsePeriod(b)
  return pa.year - pb.year || (pa.half ?? 0) - (pb.half ?? 0)
}

/** Two periods are like for like when both are full years, or both the same half of a year. */
export function areLikePeriods(a: string, b: string): boolean {
  return parsePeriod(a).half === parsePeriod(b).half
}
