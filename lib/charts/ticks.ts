// Round gridlines, in a module of their own with no imports: the browser's chart code (components/charts)
// uses them through lib/charts/layout.ts, and must not pull in the dataset code (and its zod schema, whose
// start-up check for eval is a CSP violation) with them.

/** 0 and round steps (1, 2, 2.5 or 5 × 10ⁿ) up to the first tick at or above `max`, about `target` of them. */
export function niceTicks(max: number, target = 5): number[] {
  if (max <= 0) return [0, 1]
  const raw = max / target
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude
  const ticks: number[] = []
  for (let v = 0; v < max + step; v += step) ticks.push(Number(v.toPrecision(12)))
  return ticks
}
