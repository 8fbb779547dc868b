import { inhopeWithoutSafenet, writtenHalfWidth } from "./adjusted"
import { citationsTier, observationTier, weakestTier, type Tier } from "../data/confidence"
import { formatSignedValue, formatValue } from "../format/values"
import { formatSignedNumber } from "./sentence"
import { wordsFor } from "../i18n/words"
import type {
  Bridge,
  BridgeColumnDef,
  Caveat,
  BridgeObservationRef,
  BridgePartDef,
  Citation,
  Dataset,
  Locale,
  LocalizedText,
  Observation,
  Qualifier,
  Status,
  Unit,
} from "../data/schema"

// A change bridge turns one headline change into the cited parts it is made of: levels (totals drawn
// from zero), steps (changes floating from the running total) and the parts a level is split into. Every
// number is resolved here from data/ and never typed in a component; what the sources do not quantify
// stays "not split"; and what is computed (a remainder) carries its arithmetic, its assumptions and the
// span its inputs' rounding allows.

/** How a quantity came to be: what the reader is told about it, and how it is drawn. */
// Re-exported: where it is used; its home is lib/analysis/adjusted.ts with the other rounding rules.
export { writtenHalfWidth }

type BridgeSource = "observation" | "adjusted" | "stated" | "remainder" | "not-split"

export type BridgeQuantity = {
  source: BridgeSource
  /** Signed for a step (a fall is negative); a level or part is never negative. */
  value: number
  /** The span the value's inputs allow (equal to `value` for an exact count). */
  low: number
  high: number
  /**
   * Whether low–high is a range on both sides of the value (an observation's range, a remainder's span),
   * and not only the rounding of a written figure: a two-sided range leaves a hedge word like "more than"
   * no side (changeEnd in lib/analysis/adjusted.ts).
   */
  twoSided: boolean
  /** The value as shown: rounded to what its inputs allow, for a remainder. */
  shown: number
  status: Status
  qualifier?: Qualifier
  tier: Tier
  citations: Citation[]
  assumptions: LocalizedText[]
  /**
   * The same, one line each, for a slide (an observation's assumptionsShort; a bridge's own remainder
   * assumptions are written one sentence each): the slide shows these, its notes the full text.
   */
  assumptionsShort: LocalizedText[]
  arithmetic?: LocalizedText
  /** Why a not-split step is not split: what the sources do not publish. */
  reason?: LocalizedText
  /** For an observation or derived view: what it is and when (the table's "series, period"). */
  ref?: BridgeObservationRef | { adjusted: string; period: string }
}

export type BridgePart = { label: LocalizedText; note?: LocalizedText; quantity: BridgeQuantity }

export type BridgeColumn = {
  index: number
  kind: "level" | "step"
  label: LocalizedText
  note?: LocalizedText
  caveatId?: string
  quantity: BridgeQuantity
  /** Where the column is drawn: from `base` to `base + value` (a level's base is 0). */
  base: number
  top: number
  parts: BridgePart[]
  /** The period a level stands for (a step has none). */
  period?: string
}

export type ResolvedBridge = {
  def: Bridge
  unit: Unit
  columns: BridgeColumn[]
  /** The change the bridge explains, first level to last, and whether every part of it is quantified. */
  change: { from: number; to: number; absolute: number }
  assumptions: LocalizedText[]
  /** The same, one line each (the observations' assumptionsShort), for a slide. */
  assumptionsShort: LocalizedText[]
  citations: Citation[]
}

type BridgeIssue = { path: string; message: string }

/** An observation's assumptions in one line, where the data gives one; else in full. */
function shortAssumptions(o: Observation): LocalizedText[] {
  if (!o.assumptions?.length) return []
  return o.assumptionsShort ? [o.assumptionsShort] : o.assumptions
}

function fromObservation(o: Observation, source: BridgeSource, ref: BridgeQuantity["ref"]): BridgeQuantity {
  const half = o.range ? 0 : writtenHalfWidth(o.value)
  return {
    source,
    value: o.value,
    low: o.range?.low ?? o.value - half,
    high: o.range?.high ?? o.value + half,
    twoSided: Boolean(o.range),
    shown: o.value,
    status: o.status,
    qualifier: o.qualifier,
    tier: observationTier(o),
    citations: o.citations,
    assumptions: o.assumptions ?? [],
    assumptionsShort: shortAssumptions(o),
    arithmetic: o.arithmetic,
    ref,
  }
}

/** The observation a bridge names: the drawable one, or the second reading its variant names. */
function findBridgeObservation(dataset: Dataset, ref: BridgeObservationRef): Observation | undefined {
  return dataset.observations.find(
    (o) =>
      o.seriesId === ref.series &&
      o.period === ref.period &&
      !o.country &&
      !o.category &&
      o.variant === ref.variant &&
      observationTier(o) !== "unverified",
  )
}

type Known = BridgeObservationRef | { adjusted: "inhope-without-safenet"; period: string }

function resolveKnown(dataset: Dataset, ref: Known): BridgeQuantity | string {
  if ("adjusted" in ref) {
    const o = inhopeWithoutSafenet(dataset).find((x) => x.period === ref.period)
    return o ? fromObservation(o, "adjusted", ref) : `no derived view ${ref.adjusted} for ${ref.period}`
  }
  const o = findBridgeObservation(dataset, ref)
  if (!o)
    return `${ref.series} has no verified or medium-confidence figure for ${ref.period}${ref.variant ? ` (${ref.variant})` : ""}`
  return fromObservation(o, "observation", ref)
}

/** The unit a displayed remainder is rounded to: its coarsest input's, finer until its value keeps two to three figures. */
function remainderUnit(value: number, halfWidths: number[]): number {
  const coarsest = Math.max(...halfWidths) * 2
  if (coarsest === 0) return 1
  let unit = coarsest
  while (unit > 1 && Math.abs(value) / unit < 20) unit /= 10
  return unit
}

const roundTo = (v: number, unit: number) => Number((Math.round(v / unit) * unit).toPrecision(15))

/**
 * The remainder of `total` once `known` are taken out: what the other parts leave, computed and never
 * typed, with interval arithmetic over every input's span, so its range is what the rounding allows.
 */
function remainderOf(
  total: { quantity: BridgeQuantity; label: LocalizedText },
  start: { quantity: BridgeQuantity; label: LocalizedText } | undefined,
  known: { quantity: BridgeQuantity; label: LocalizedText }[],
  assumptions: LocalizedText[],
  unit: Unit,
  source: "remainder" | "not-split",
): BridgeQuantity {
  const base = start?.quantity
  const sum = known.reduce((s, k) => s + k.quantity.value, 0)
  const value = total.quantity.value - (base?.value ?? 0) - sum
  const low = total.quantity.low - (base?.high ?? 0) - known.reduce((s, k) => s + k.quantity.high, 0)
  const high = total.quantity.high - (base?.low ?? 0) - known.reduce((s, k) => s + k.quantity.low, 0)
  const inputs = [total, ...(start ? [start] : []), ...known].map((k) => k.quantity)
  const halfWidths = inputs.map((q) => (q.high - q.low) / 2)
  const exact = halfWidths.every((h) => h === 0)
  const step = exact ? 1 : remainderUnit(value, halfWidths)
  const shown = roundTo(value, step)
  const round = (v: number) => roundTo(v, step)
  const term = (q: BridgeQuantity, l: Locale) =>
    q.value < 0 ? `(${formatSignedValue(q.value, unit, l)})` : formatValue(q.value, unit, l)
  const arithmetic = (l: Locale) => {
    const terms = [total.quantity, ...(base ? [base] : []), ...known.map((k) => k.quantity)]
    const expr = terms.map((q) => term(q, l)).join(" − ")
    const lo = round(low)
    const hi = round(high)
    // A step's result is a change, so it carries its sign; a part of a level is a count.
    const sv = (v: number) =>
      !start ? formatValue(v, unit, l) : exact ? formatSignedNumber(v, l) : formatSignedValue(v, unit, l)
    return exact
      ? `${expr} = ${sv(value)}.`
      : wordsFor(l)("adjusted.remainder", { expr, value: sv(shown), low: sv(lo), high: sv(hi) })
  }
  return {
    source,
    value,
    low: exact ? value : round(low),
    high: exact ? value : round(high),
    twoSided: !exact,
    shown,
    // Computed from other figures, so implied, even where every input is exact.
    status: "implied",
    qualifier: exact ? undefined : "about",
    tier: weakestTier(inputs.map((q) => q.tier)),
    citations: inputs.flatMap((q) => q.citations),
    assumptions: [...assumptions, ...inputs.flatMap((q) => (q.source === "remainder" ? [] : q.assumptions))],
    assumptionsShort: [
      ...assumptions,
      ...inputs.flatMap((q) => (q.source === "remainder" ? [] : q.assumptionsShort)),
    ],
    arithmetic: { en: arithmetic("en"), ar: arithmetic("ar") },
  }
}

function resolveParts(
  dataset: Dataset,
  level: { quantity: BridgeQuantity; label: LocalizedText },
  defs: BridgePartDef[],
  unit: Unit,
  at: string,
  issues: BridgeIssue[],
): BridgePart[] {
  const known: BridgePart[] = []
  defs.forEach((p, k) => {
    if ("remainder" in p.value) return
    const q = resolveKnown(dataset, p.value)
    if (typeof q === "string") issues.push({ path: `${at}.parts[${k}].value`, message: q })
    else known.push({ label: p.label, note: p.note, quantity: q })
  })
  const remainders = defs.filter((p) => "remainder" in p.value)
  if (remainders.length > 1)
    issues.push({ path: `${at}.parts`, message: "a level can have at most one remainder part" })
  const parts = defs.flatMap((p): BridgePart[] => {
    if (!("remainder" in p.value)) return known.filter((k) => k.label === p.label)
    const quantity = remainderOf(
      level,
      undefined,
      known.map((k) => ({ quantity: k.quantity, label: k.label })),
      p.value.remainder.assumptions,
      unit,
      "remainder",
    )
    return [{ label: p.label, note: p.note, quantity }]
  })
  const sum = parts.reduce((s, p) => s + p.quantity.value, 0)
  const slack = parts.reduce((s, p) => s + (p.quantity.high - p.quantity.low) / 2, 0)
  const levelSlack = (level.quantity.high - level.quantity.low) / 2
  if (remainders.length === 0 && Math.abs(sum - level.quantity.value) > slack + levelSlack)
    issues.push({
      path: `${at}.parts`,
      message: `the parts add up to ${sum}, not to the level's ${level.quantity.value}`,
    })
  parts.forEach((p, k) => {
    if (p.quantity.high < 0)
      issues.push({
        path: `${at}.parts[${k}]`,
        message: `the other parts add up to more than the level (${p.quantity.value} left): the split claims more than the total`,
      })
  })
  return parts
}

/**
 * A bridge with every number resolved, or the problems that stop it: a reference that does not resolve,
 * steps that do not add up to the change between their levels, or cited steps that claim more than it.
 */
export function resolveBridge(
  dataset: Dataset,
  def: Bridge,
): { ok: true; bridge: ResolvedBridge } | { ok: false; issues: BridgeIssue[] } {
  const issues: BridgeIssue[] = []
  const levelUnits = new Set<Unit>()
  // Levels first: steps are measured against the levels either side of them.
  const levels = new Map<number, BridgeQuantity>()
  def.columns.forEach((c, i) => {
    if (c.kind !== "level") return
    const q = resolveKnown(dataset, c.value)
    if (typeof q === "string") return issues.push({ path: `columns[${i}].value`, message: q })
    levels.set(i, q)
    const seriesId = "series" in c.value ? c.value.series : "inhope-reports"
    const unit = dataset.series.find((s) => s.id === seriesId)?.unit
    if (unit) levelUnits.add(unit)
  })
  if (issues.length > 0) return { ok: false, issues }
  if (levelUnits.has("percent"))
    return { ok: false, issues: [{ path: "columns", message: "a bridge draws counts, not percentages" }] }
  // Reports and incidents are both counts of what was reported; the labels say which a level is.
  const unit: Unit = [...levelUnits][0] ?? "reports"

  const columns: BridgeColumn[] = []
  let running = 0
  let previousLevel: { index: number; quantity: BridgeQuantity; label: LocalizedText } | undefined
  for (let i = 0; i < def.columns.length; i++) {
    const c = def.columns[i]!
    const at = `columns[${i}]`
    if (c.kind === "level") {
      const quantity = levels.get(i)!
      const parts = c.parts
        ? resolveParts(dataset, { quantity, label: c.label }, c.parts, unit, at, issues)
        : []
      const period = "period" in c.value ? c.value.period : undefined
      columns.push({
        index: i,
        kind: "level",
        label: c.label,
        note: c.note,
        caveatId: c.caveatId,
        quantity,
        base: 0,
        top: quantity.value,
        parts,
        period,
      })
      running = quantity.value
      previousLevel = { index: i, quantity, label: c.label }
      continue
    }
    // A step: find its run (the steps up to the next level) once, at the run's first step.
    const nextIndex = def.columns.findIndex((x, j) => j > i && x.kind === "level")
    const next = { quantity: levels.get(nextIndex)!, label: def.columns[nextIndex]!.label }
    const run = def.columns.slice(i, nextIndex) as Extract<BridgeColumnDef, { kind: "step" }>[]
    const known: { quantity: BridgeQuantity; label: LocalizedText }[] = []
    const resolved: (BridgeQuantity | undefined)[] = run.map((s, k) => {
      const v = s.value
      if ("remainder" in v || "notSplit" in v) return undefined
      if ("stated" in v) {
        const q: BridgeQuantity = {
          source: "stated",
          value: v.stated.value,
          low: v.stated.value - writtenHalfWidth(v.stated.value),
          high: v.stated.value + writtenHalfWidth(v.stated.value),
          twoSided: false,
          shown: v.stated.value,
          status: v.stated.status,
          qualifier: v.stated.qualifier,
          tier: citationsTier(v.stated.citations),
          citations: v.stated.citations,
          assumptions: [],
          assumptionsShort: [],
        }
        if (q.tier === "unverified")
          issues.push({
            path: `columns[${i + k}].value`,
            message: "a stated change with only low-confidence sources cannot be drawn",
          })
        known.push({ quantity: q, label: s.label })
        return q
      }
      const q = resolveKnown(dataset, v)
      if (typeof q === "string") {
        issues.push({ path: `columns[${i + k}].value`, message: q })
        return undefined
      }
      known.push({ quantity: q, label: s.label })
      return q
    })
    const open = run.filter((s) => "remainder" in s.value || "notSplit" in s.value)
    if (open.length > 1)
      issues.push({ path: at, message: "the steps between two levels can leave at most one remainder" })
    const gap = next.quantity.value - previousLevel!.quantity.value
    const claimed = known.reduce((s, k) => s + k.quantity.value, 0)
    const slack = [next.quantity, previousLevel!.quantity, ...known.map((k) => k.quantity)].reduce(
      (s, q) => s + (q.high - q.low) / 2,
      0,
    )
    if (open.length === 0 && Math.abs(gap - claimed) > slack)
      issues.push({
        path: at,
        message: `the steps add up to ${claimed}, not to the change of ${gap} between the levels either side`,
      })
    // Never claim more: cited steps cannot go further than the whole change in its own direction.
    if (open.length > 0 && Math.sign(claimed) === Math.sign(gap) && Math.abs(claimed) - Math.abs(gap) > slack)
      issues.push({
        path: at,
        message: `the cited steps add up to ${claimed}, more than the whole change of ${gap}`,
      })
    run.forEach((s, k) => {
      const v = s.value
      const quantity =
        resolved[k] ??
        ("remainder" in v
          ? remainderOf(next, previousLevel!, known, v.remainder.assumptions, unit, "remainder")
          : "notSplit" in v
            ? { ...remainderOf(next, previousLevel!, known, [], unit, "not-split"), reason: v.notSplit }
            : undefined)
      if (!quantity) return
      columns.push({
        index: i + k,
        kind: "step",
        label: s.label,
        note: s.note,
        caveatId: s.caveatId,
        quantity,
        base: running,
        top: running + quantity.value,
        parts: [],
      })
      running += quantity.value
    })
    i = nextIndex - 1
  }

  const first = columns[0]
  // The change is to the later period's main reading: its last level that is not a second reading
  // (CyberTipline ends on reports, after incidents; generative AI's press reading follows NCMEC's own).
  const isMain = (c: BridgeColumn) =>
    c.kind === "level" &&
    c.period === def.to &&
    !(c.quantity.ref && "variant" in c.quantity.ref && c.quantity.ref.variant)
  const last = columns.filter(isMain).at(-1)
  if (first?.period !== def.from)
    issues.push({ path: "from", message: `the first level is ${first?.period}, not ${def.from}` })
  if (last?.period !== def.to)
    issues.push({ path: "to", message: `the last level is ${last?.period}, not ${def.to}` })
  for (const [k, c] of def.columns.entries())
    if (c.caveatId && !dataset.caveats.some((x) => x.id === c.caveatId))
      issues.push({ path: `columns[${k}].caveatId`, message: `unknown caveat "${c.caveatId}"` })
  def.events?.forEach((id, k) => {
    if (!dataset.events.some((e) => e.id === id))
      issues.push({ path: `events[${k}]`, message: `unknown event "${id}"` })
  })
  const assumptions: LocalizedText[] = []
  const assumptionsShort: LocalizedText[] = []
  def.assumptionsFrom?.forEach((ref, k) => {
    const o = findBridgeObservation(dataset, ref)
    if (!o)
      issues.push({ path: `assumptionsFrom[${k}]`, message: `${ref.series} has no figure for ${ref.period}` })
    else {
      assumptions.push(...(o.assumptions ?? []))
      assumptionsShort.push(...shortAssumptions(o))
    }
  })
  if (issues.length > 0) return { ok: false, issues }

  const citations = dedupeCitations(
    columns.flatMap((c) => [c.quantity, ...c.parts.map((p) => p.quantity)]).flatMap((q) => q.citations),
  )
  return {
    ok: true,
    bridge: {
      def,
      unit,
      columns,
      change: {
        from: first!.quantity.value,
        to: last!.quantity.value,
        absolute: last!.quantity.value - first!.quantity.value,
      },
      assumptions,
      assumptionsShort,
      citations,
    },
  }
}

function dedupeCitations(citations: Citation[]): Citation[] {
  const seen = new Set<string>()
  return citations.filter((c) => {
    const key = JSON.stringify(c)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const cache = new WeakMap<Dataset, ResolvedBridge[]>()

/** Every bridge of the dataset, resolved (the dataset validated them, so none fails here). */
export function resolvedBridges(dataset: Dataset): ResolvedBridge[] {
  let out = cache.get(dataset)
  if (!out) {
    out = dataset.bridges.flatMap((b) => {
      const r = resolveBridge(dataset, b)
      return r.ok ? [r.bridge] : []
    })
    cache.set(dataset, out)
  }
  return out
}

/** The bridges drawn with a figure, in data order. */
export function bridgesForFigure(dataset: Dataset, figureId: string): ResolvedBridge[] {
  return resolvedBridges(dataset).filter((b) => b.def.figure === figureId)
}

/**
 * The bridge that draws a change of a series between two periods, if there is one: the compare card and
 * the figure's list of changes link to it. A series is drawn by a bridge where one of its levels is it.
 */
export function bridgeForChange(
  dataset: Dataset,
  seriesId: string,
  from: string,
  to: string,
): ResolvedBridge | undefined {
  return resolvedBridges(dataset).find(
    (b) =>
      b.def.from === from &&
      b.def.to === to &&
      b.columns.some(
        (c) =>
          c.kind === "level" &&
          c.quantity.ref &&
          "series" in c.quantity.ref &&
          c.quantity.ref.series === seriesId,
      ),
  )
}

/**
 * Each column's and each part's quantity, with its kind, by the key the bridge's table rows use
 * (lib/analysis/bridge-text.ts bridgeRows: "2" for a column, "2.0" for its first part).
 */
export function bridgeQuantities(
  bridge: ResolvedBridge,
): Map<string, { q: BridgeQuantity; kind: "level" | "step" | "part" }> {
  return new Map<string, { q: BridgeQuantity; kind: "level" | "step" | "part" }>(
    bridge.columns.flatMap((c) => [
      [`${c.index}`, { q: c.quantity, kind: c.kind }] as const,
      ...c.parts.map((p, k) => [`${c.index}.${k}`, { q: p.quantity, kind: "part" as const }] as const),
    ]),
  )
}

/** The caveats the bridge's columns name, in column order, each once. */
export function bridgeCaveats(dataset: Dataset, bridge: ResolvedBridge): Caveat[] {
  const ids = [...new Set(bridge.columns.flatMap((c) => (c.caveatId ? [c.caveatId] : [])))]
  return ids.flatMap((id) => dataset.caveats.filter((c) => c.id === id))
}
