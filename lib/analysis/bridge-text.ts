import {
  bridgeQuantities,
  type BridgeColumn,
  type BridgePart,
  type BridgeQuantity,
  type ResolvedBridge,
} from "./bridge"
import { formatBridgeQuantity } from "../charts/bridge-layout"
import { sourceLabel } from "../charts/spec"
import { changeAtPrecision, changeEnd } from "./adjusted"
import { formatRangeText, formatSignedValue, formatValue, withQualifier } from "../format/values"
import { translatorFor } from "../i18n/translate"
import { markFor } from "../charts/marks"
import type { Dataset, Locale } from "../data/schema"
import { formatEventDate, formatPeriod } from "../format/time"

// The words of a change bridge, one home for each: the sentence that reads it (its text description, the
// live readout of each part, the copied text), the legend, and the rows of its data table. The page, the
// slide and the exports all take their words from here.

function t(locale: Locale) {
  return translatorFor(locale, "bridge")
}

/** A value with its range, where the inputs' rounding leaves one: "about −110,000 (range −210,000 to −10,000)". */
export function formatBridgeValue(
  q: BridgeQuantity,
  kind: BridgeColumn["kind"] | "part",
  unit: ResolvedBridge["unit"],
  locale: Locale,
): string {
  const value = formatBridgeQuantity(q, kind === "part" ? "level" : kind, unit, locale)
  // One bracket for what qualifies the value: its range, then its confidence.
  const notes = [
    formatBridgeRange(q, kind, unit, locale),
    q.tier === "medium" ? t(locale)("medium") : "",
  ].filter(Boolean)
  return notes.length > 0 ? `${value} (${notes.join(locale === "ar" ? "؛ " : "; ")})` : value
}

/** The span a computed value's inputs allow, or "" for an exact or plainly reported figure. */
function formatBridgeRange(
  q: BridgeQuantity,
  kind: BridgeColumn["kind"] | "part",
  unit: ResolvedBridge["unit"],
  locale: Locale,
): string {
  if (q.low === q.high || (q.source !== "remainder" && q.source !== "adjusted" && q.status !== "implied"))
    return ""
  const fmt = (v: number) =>
    kind === "step" ? formatSignedValue(v, unit, locale) : formatValue(v, unit, locale)
  return formatRangeText(fmt(q.low), fmt(q.high), locale)
}

function partText(p: BridgePart, unit: ResolvedBridge["unit"], locale: Locale): string {
  return t(locale)("part", {
    label: p.label[locale],
    value: formatBridgeValue(p.quantity, "part", unit, locale),
  })
}

/** One part of the bridge as a sentence: its label, value, range and confidence (the readout, the table). */
export function columnSentence(bridge: ResolvedBridge, col: BridgeColumn, locale: Locale): string {
  const tr = t(locale)
  const value = formatBridgeValue(col.quantity, col.kind, bridge.unit, locale)
  const label = col.label[locale]
  if (col.quantity.source === "not-split")
    return tr("notSplit", { label, value, reason: col.quantity.reason![locale] })
  if (col.parts.length > 0)
    return tr("levelParts", {
      label,
      value,
      parts: col.parts.map((p) => partText(p, bridge.unit, locale)).join(locale === "ar" ? "؛ " : "; "),
    })
  return tr(col.kind === "level" ? "level" : "step", { label, value })
}

/** The whole bridge read as a paragraph: its text description, and the sentence a reader can copy. */
export function bridgeSentence(bridge: ResolvedBridge, locale: Locale): string {
  return [
    bridgeChangeText(bridge, locale),
    ...bridge.columns.map((c) => columnSentence(bridge, c, locale)),
  ].join(" ")
}

/**
 * "2023 to 2024: about −15.7 million in all": the whole change, at the precision of its less precise end
 * (a change to a rounded 20.5 million is not known to the unit).
 */
export function bridgeChangeText(bridge: ResolvedBridge, locale: Locale): string {
  const ends = [
    bridge.columns[0]!,
    bridge.columns.find((c) => c.quantity.value === bridge.change.to && c.kind === "level")!,
  ]
  const shown = changeAtPrecision(
    bridge.change.absolute,
    ends.map((c) => changeEnd(c.quantity)),
  )
  const value = formatSignedValue(shown.value, bridge.unit, locale)
  return t(locale)("change", {
    from: formatPeriod(bridge.def.from, locale),
    to: formatPeriod(bridge.def.to, locale),
    change: withQualifier(value, shown.hedge, locale),
  })
}

export type BridgeLegendKey =
  | "level"
  | "cause"
  | "rest"
  | "computed"
  | "approximate"
  | "preliminary"
  | "notSplit"
  | "medium"
  | "range"
  | "reference"
  | "event"

export type BridgeLegendItem = { key: BridgeLegendKey; text: string }

/** The legend: only the marks this bridge draws, each in words, so it reads the same in greyscale. */
export function bridgeLegend(dataset: Dataset, bridge: ResolvedBridge, locale: Locale): BridgeLegendItem[] {
  const tr = t(locale)
  const all = bridge.columns.flatMap((c) => [
    { q: c.quantity, kind: c.kind as string, parts: c.parts.length },
    ...c.parts.map((p) => ({ q: p.quantity, kind: "part", parts: 0 })),
  ])
  const drawn = all.filter((x) => x.parts === 0)
  const has = (f: (x: (typeof all)[number]) => boolean) => drawn.some(f)
  const keys: BridgeLegendKey[] = []
  if (has((x) => x.kind === "level")) keys.push("level")
  if (
    has(
      (x) =>
        (x.kind === "step" || x.kind === "part") && (x.q.source === "stated" || x.q.source === "observation"),
    )
  )
    keys.push("cause")
  if (has((x) => x.kind === "part" && (x.q.source === "remainder" || x.q.source === "adjusted")))
    keys.push("rest")
  if (has((x) => x.q.source !== "not-split" && markFor(x.q.status) === "hollow-dashed")) keys.push("computed")
  if (has((x) => x.q.source !== "not-split" && markFor(x.q.status) === "hollow")) keys.push("approximate")
  if (has((x) => markFor(x.q.status) === "hatched")) keys.push("preliminary")
  if (has((x) => x.q.source === "not-split")) keys.push("notSplit")
  if (all.some((x) => x.q.tier === "medium")) keys.push("medium")
  if (all.some((x) => formatBridgeRange(x.q, "level", bridge.unit, locale) !== "")) keys.push("range")
  const items: BridgeLegendItem[] = keys.map((key) => ({ key, text: tr(`legend.${key}`) }))
  if (bridge.def.reference !== undefined) {
    const ref = bridge.columns.find((c) => c.index === bridge.def.reference)!
    items.push({
      key: "reference",
      text: tr("legend.reference", {
        label: ref.label[locale],
        value: formatBridgeQuantity(ref.quantity, "level", bridge.unit, locale),
      }),
    })
  }
  for (const id of bridge.def.events ?? []) {
    const e = dataset.events.find((x) => x.id === id)!
    items.push({
      key: "event",
      text: tr("legend.event", { label: `${e.label[locale]} (${formatEventDate(e.date, locale)})` }),
    })
  }
  return items
}

type BridgeRow = {
  key: string
  label: string
  kind: "level" | "step" | "part"
  kindLabel: string
  value: string
  range: string
  status: BridgeQuantity["status"]
  confidence: string
  source: string
  note?: string
  /** What a computed or derived value rests on, and its arithmetic. */
  detail?: string
  caveatId?: string
}

/** The rows of the bridge's data table (and its CSV): each column, and each part of a split level. */
export function bridgeRows(bridge: ResolvedBridge, locale: Locale): BridgeRow[] {
  const tr = t(locale)
  const row = (
    key: string,
    label: string,
    kind: BridgeRow["kind"],
    q: BridgeQuantity,
    note?: string,
    caveatId?: string,
  ): BridgeRow => {
    const detail = [
      q.reason?.[locale],
      q.arithmetic ? tr("computed", { arithmetic: q.arithmetic[locale] }) : undefined,
      q.assumptions.length > 0
        ? tr("assumes", { assumptions: q.assumptions.map((a) => a[locale]).join(" ") })
        : undefined,
    ]
      .filter(Boolean)
      .join(" ")
    return {
      key,
      label,
      kind,
      kindLabel: tr(`kind.${kind}`),
      value: formatBridgeQuantity(q, kind === "part" ? "level" : kind, bridge.unit, locale),
      range: formatBridgeRange(q, kind, bridge.unit, locale),
      status: q.status,
      confidence: tr(`confidence.${q.tier}`),
      source: sourceLabel(q.citations, locale),
      ...(note ? { note } : {}),
      ...(detail ? { detail } : {}),
      ...(caveatId ? { caveatId } : {}),
    }
  }
  return bridge.columns.flatMap((c) => [
    row(`${c.index}`, c.label[locale], c.kind, c.quantity, c.note?.[locale], c.caveatId),
    ...c.parts.map((p, k) => row(`${c.index}.${k}`, p.label[locale], "part", p.quantity, p.note?.[locale])),
  ])
}

/** A part's note as the files and the slide show it: its label and value, what qualifies the value, its note and its arithmetic. */
export type BridgeNoteItem = { key: string; head: string; qualifies?: string; note?: string; detail?: string }

/**
 * What each part is, for the parts that have something to say beyond their bar (a note, arithmetic or an
 * assumption): the 16:9 file's notes column and the deck's bridge slide. From the table's rows, so the
 * three cannot differ.
 */
export function bridgeNoteItems(bridge: ResolvedBridge, locale: Locale): BridgeNoteItem[] {
  const tr = t(locale)
  const quantities = bridgeQuantities(bridge)
  return bridgeRows(bridge, locale)
    .filter((r) => r.note || r.detail)
    .map((r) => {
      const { q, kind } = quantities.get(r.key)!
      // In Arabic, a right-to-left mark after the colon: a Latin label followed by a number
      // ("SafeNet Bulgaria: 1.6 مليون") otherwise makes one left-to-right run of both, and the number,
      // not the name, stood at the line's right end, where an Arabic line begins.
      const colon = locale === "ar" ? ":\u200F" : ":"
      const qualifies = [
        formatBridgeRange(q, kind, bridge.unit, locale),
        q.tier === "medium" ? tr("medium") : "",
      ]
        .filter(Boolean)
        .join(locale === "ar" ? "؛ " : "; ")
      return {
        key: r.key,
        head: `${r.label}${colon} ${formatBridgeQuantity(q, kind === "part" ? "level" : kind, bridge.unit, locale)}`,
        // The range and the confidence on a line of their own, in regular type: LibreOffice 7.4 sets a
        // long bold Arabic line with several numbers further past its anchor than a regular one (15 px
        // on a 410 px line, against 11 px), and a bold line is the heading of its note, kept short.
        ...(qualifies ? { qualifies } : {}),
        ...(r.note ? { note: r.note } : {}),
        ...(r.detail ? { detail: r.detail } : {}),
      }
    })
}

/**
 * One column of the bridge in full, as the page's "What each part is" list and the speaker's notes say it:
 * its sentence, its note, and for a computed column or part its arithmetic and what it rests on.
 */
export function columnNoteText(bridge: ResolvedBridge, col: BridgeColumn, locale: Locale): string {
  const tr = t(locale)
  const computed = (q: BridgeQuantity) =>
    q.arithmetic && (q.source === "remainder" || q.source === "adjusted")
      ? tr("computed", { arithmetic: q.arithmetic[locale] })
      : ""
  const assumes = (q: BridgeQuantity) =>
    q.assumptions.length > 0
      ? tr("assumes", { assumptions: q.assumptions.map((a) => a[locale]).join(" ") })
      : ""
  return [
    columnSentence(bridge, col, locale),
    col.note?.[locale] ?? "",
    col.quantity.source === "remainder" ? computed(col.quantity) : "",
    col.quantity.source === "remainder" ? assumes(col.quantity) : "",
    ...col.parts.flatMap((p) => [
      p.note ? `${p.label[locale]}: ${p.note[locale]}` : "",
      computed(p.quantity),
      assumes(p.quantity),
    ]),
  ]
    .filter(Boolean)
    .join(" ")
}

/**
 * The speaker's notes for a bridge's slide: the change, each part in full with its source, what the
 * whole rests on, what a part the sources do not split means, that the parts are changes in reporting
 * and counting and not in harm, and each caveat the bridge names in full.
 */
export function bridgeTalkingPoints(
  bridge: ResolvedBridge,
  caveats: readonly { title: string; text: string }[],
  locale: Locale,
): string[] {
  const tr = t(locale)
  return [
    tr("talk.lead", { change: bridgeChangeText(bridge, locale) }),
    ...bridge.columns.map(
      (c) => `${columnNoteText(bridge, c, locale)} (${sourceLabel(c.quantity.citations, locale)})`,
    ),
    ...(bridge.assumptions.length > 0
      ? [tr("assumes", { assumptions: bridge.assumptions.map((a) => a[locale]).join(" ") })]
      : []),
    ...(bridge.columns.some((c) => c.quantity.source === "not-split") ? [tr("talk.notSplit")] : []),
    tr("talk.notHarm"),
    ...caveats.map((c) => tr("talk.caveat", { title: c.title, text: c.text })),
  ]
}
