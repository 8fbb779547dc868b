import type { z } from "zod"
import {
  bridgesFileSchema,
  caveatsFileSchema,
  contextFileSchema,
  figuresFileSchema,
  datasetMetaSchema,
  eventsFileSchema,
  observationsFileSchema,
  seriesFileSchema,
  significantFigures,
  sourcesFileSchema,
  type Dataset,
  type FigureSetting,
  type Observation,
} from "./schema"
import { resolveBridge } from "../analysis/bridge"
import { isDrawnFigureOf } from "./confidence"
import { observationKey } from "./observation-key"
import { FIGURE_IDS } from "../charts/figure-defs"

export type RawFile = { file: string; data: unknown }

export type RawDataset = {
  meta: RawFile
  sources: RawFile
  series: RawFile
  caveats: RawFile
  events: RawFile
  context: RawFile
  figures: RawFile
  bridges: RawFile
  observations: RawFile[]
}

// One problem, located precisely enough for a person to open the file and fix it.
export type DataIssue = { file: string; path: string; message: string }

type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; issues: DataIssue[] }

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)"
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("")
}

export function formatIssue(issue: DataIssue): string {
  return `${issue.file}: ${issue.path}: ${issue.message}`
}

function parseFile<T>(schema: z.ZodType<T>, raw: RawFile, issues: DataIssue[]): T | undefined {
  const result = schema.safeParse(raw.data)
  if (result.success) return result.data
  for (const issue of result.error.issues) {
    issues.push({ file: raw.file, path: formatPath(issue.path), message: issue.message })
  }
  return undefined
}

function checkUniqueIds(items: { id: string }[], file: string, issues: DataIssue[]) {
  const seen = new Map<string, number>()
  items.forEach((item, i) => {
    const first = seen.get(item.id)
    if (first !== undefined) {
      issues.push({ file, path: `[${i}].id`, message: `duplicate id "${item.id}" (first at [${first}])` })
    } else {
      seen.set(item.id, i)
    }
  })
}

/**
 * figures.json: each figure once, and every period and value it names resolves to a figure that may be
 * drawn, so a reading can never quote an unverified number or one that is not there.
 */
function checkFigures(
  figures: FigureSetting[],
  observations: Observation[],
  seriesById: Map<string, unknown>,
  file: string,
  issues: DataIssue[],
) {
  const main = (seriesId: string, period: string, country?: string, category?: string) =>
    observations.some((o) => isDrawnFigureOf(o, seriesId, period, country, category))
  for (const id of FIGURE_IDS) {
    const count = figures.filter((f) => f.id === id).length
    if (count !== 1)
      issues.push({ file, path: "(root)", message: `figure "${id}" must appear once (found ${count})` })
  }
  figures.forEach((f, i) => {
    const h = f.headline
    if (!seriesById.has(h.seriesId)) {
      issues.push({ file, path: `[${i}].headline.seriesId`, message: `unknown series "${h.seriesId}"` })
      return
    }
    for (const key of ["from", "to"] as const) {
      const period = h[key]
      if (period && !main(h.seriesId, period, h.country))
        issues.push({
          file,
          path: `[${i}].headline.${key}`,
          message: `${h.seriesId} has no drawable figure for ${period}${h.country ? ` (${h.country})` : ""}`,
        })
    }
    f.readings.forEach((r, j) => {
      for (const [name, v] of Object.entries(r.values)) {
        const at = `[${i}].readings[${j}].values.${name}`
        const refs: [string, string, string | undefined, string | undefined][] =
          "series" in v
            ? [[v.series, v.period, v.country, v.category]]
            : "change" in v
              ? [
                  [v.change, v.from, undefined, undefined],
                  [v.change, v.to, undefined, undefined],
                ]
              : []
        for (const [seriesId, period, country, category] of refs) {
          if (!main(seriesId, period, country, category))
            issues.push({
              file,
              path: at,
              message: `${seriesId} has no drawable figure for ${period}${country ? ` (${country})` : ""}${category ? ` (${category})` : ""}`,
            })
        }
      }
    })
  })
}

/**
 * Validates every data file against its schema, then the rules no single schema can see:
 * references resolve, ids and observations are unique, shares stay within 100 %.
 */
export function validateDataset(raw: RawDataset): ValidationResult {
  const issues: DataIssue[] = []
  const meta = parseFile(datasetMetaSchema, raw.meta, issues)
  const sources = parseFile(sourcesFileSchema, raw.sources, issues)
  const series = parseFile(seriesFileSchema, raw.series, issues)
  const caveats = parseFile(caveatsFileSchema, raw.caveats, issues)
  const events = parseFile(eventsFileSchema, raw.events, issues)
  const context = parseFile(contextFileSchema, raw.context, issues)
  const figures = parseFile(figuresFileSchema, raw.figures, issues)
  const bridges = parseFile(bridgesFileSchema, raw.bridges, issues)
  const observationFiles = raw.observations.map((file) => ({
    file: file.file,
    rows: parseFile(observationsFileSchema, file, issues),
  }))

  if (
    !meta ||
    !sources ||
    !series ||
    !caveats ||
    !events ||
    !context ||
    !figures ||
    !bridges ||
    observationFiles.some((f) => !f.rows)
  ) {
    return { ok: false, issues }
  }

  checkUniqueIds(sources, raw.sources.file, issues)
  checkUniqueIds(series, raw.series.file, issues)
  checkUniqueIds(caveats, raw.caveats.file, issues)
  checkUniqueIds(events, raw.events.file, issues)
  checkUniqueIds(context, raw.context.file, issues)
  checkUniqueIds(bridges, raw.bridges.file, issues)

  const sourceIds = new Set(sources.map((s) => s.id))
  const seriesById = new Map(series.map((s) => [s.id, s]))
  const caveatIds = new Set(caveats.map((c) => c.id))

  series.forEach((s, i) => {
    if (!sourceIds.has(s.sourceId)) {
      issues.push({
        file: raw.series.file,
        path: `[${i}].sourceId`,
        message: `unknown source "${s.sourceId}" (not in ${raw.sources.file})`,
      })
    }
  })

  caveats.forEach((c, i) => {
    const refs: [string, string | undefined][] = [
      ["likeForLike", c.likeForLike],
      ["adjustment.subtractSeries", c.adjustment?.subtractSeries],
      ["adjustment.fromSeries", c.adjustment?.fromSeries],
    ]
    for (const [field, ref] of refs) {
      if (ref && !seriesById.has(ref)) {
        issues.push({
          file: raw.caveats.file,
          path: `[${i}].${field}`,
          message: `unknown series "${ref}" (not in ${raw.series.file})`,
        })
      }
    }
    if (c.appliesTo.seriesIds === "all") return
    c.appliesTo.seriesIds.forEach((id, j) => {
      if (!seriesById.has(id)) {
        issues.push({
          file: raw.caveats.file,
          path: `[${i}].appliesTo.seriesIds[${j}]`,
          message: `unknown series "${id}" (not in ${raw.series.file})`,
        })
      }
    })
  })

  events.forEach((e, i) => {
    e.seriesIds.forEach((id, j) => {
      if (!seriesById.has(id)) {
        issues.push({
          file: raw.events.file,
          path: `[${i}].seriesIds[${j}]`,
          message: `unknown series "${id}" (not in ${raw.series.file})`,
        })
      }
    })
    if (e.caveatId && !caveatIds.has(e.caveatId)) {
      issues.push({
        file: raw.events.file,
        path: `[${i}].caveatId`,
        message: `unknown caveat "${e.caveatId}" (not in ${raw.caveats.file})`,
      })
    }
  })

  const observations: Observation[] = []
  const seenKeys = new Map<string, string>()
  const shareTotals = new Map<string, { total: number; file: string; index: number }>()

  for (const { file, rows } of observationFiles) {
    rows!.forEach((o, i) => {
      const at = `[${i}]`
      const s = seriesById.get(o.seriesId)
      if (!s) {
        issues.push({ file, path: `${at}.seriesId`, message: `unknown series "${o.seriesId}"` })
        return
      }
      const key = observationKey(o)
      const first = seenKeys.get(key)
      if (first) {
        issues.push({
          file,
          path: at,
          message: `duplicate observation ${o.seriesId} ${o.period}${o.country ? ` ${o.country}` : ""}${
            o.category ? ` ${o.category}` : ""
          } (first at ${first})`,
        })
      } else {
        seenKeys.set(key, `${file} ${at}`)
      }
      if (s.dimension === "country" && !o.country) {
        issues.push({
          file,
          path: `${at}.country`,
          message: `series "${s.id}" is by country: country is required`,
        })
      }
      if (s.dimension !== "country" && o.country) {
        issues.push({ file, path: `${at}.country`, message: `series "${s.id}" is not by country` })
      }
      if (s.dimension !== "category" && o.category) {
        issues.push({ file, path: `${at}.category`, message: `series "${s.id}" has no categories` })
      }
      if (s.unit === "percent" && o.value > 100) {
        issues.push({
          file,
          path: `${at}.value`,
          message: `a percent share must be at most 100 (got ${o.value})`,
        })
      }
      if (s.unit === "percent" && o.country && !o.variant) {
        const k = `${o.seriesId}|${o.period}`
        const prev = shareTotals.get(k)
        shareTotals.set(k, {
          total: (prev?.total ?? 0) + o.value,
          file: prev?.file ?? file,
          index: prev?.index ?? i,
        })
      }
      observations.push(o)
    })
  }

  for (const [k, { total, file, index }] of shareTotals) {
    if (total > 100) {
      issues.push({
        file,
        path: `[${index}].value`,
        message: `country shares of ${k.replace("|", " ")} add up to ${total} %, over 100`,
      })
    }
  }

  // A range's bound is written at the value's precision, unless it is a figure the series itself reports
  // (the lower bound of 2024's rate-derived sextortion count is January–June 2024's exact count).
  for (const { file, rows } of observationFiles) {
    rows!.forEach((o, i) => {
      if (!o.range || !o.significantFigures) return
      for (const bound of ["low", "high"] as const) {
        const v = o.range[bound]
        const reported = observations.some((x) => x.seriesId === o.seriesId && x !== o && x.value === v)
        if (significantFigures(v) > o.significantFigures && !reported) {
          issues.push({
            file,
            path: `[${i}].range.${bound}`,
            message: `${v} has more significant figures than the ${o.significantFigures} its inputs allow, and is not a figure the series reports`,
          })
        }
      }
    })
  }

  checkFigures(figures, observations, seriesById, raw.figures.file, issues)
  checkReadDates(meta.updated, raw, issues)

  if (issues.length > 0) return { ok: false, issues }
  const dataset = { meta, sources, series, observations, caveats, events, context, figures, bridges }
  // A bridge's numbers resolve against the rest of the dataset, so it is checked once that is sound.
  bridges.forEach((b, i) => {
    // One bridge per figure: the figure, its slide and its exports each draw "the" bridge.
    const first = bridges.findIndex((x) => x.figure === b.figure)
    if (first !== i)
      issues.push({
        file: raw.bridges.file,
        path: `[${i}].figure`,
        message: `figure "${b.figure}" already has a bridge (at [${first}])`,
      })
    const r = resolveBridge(dataset, b)
    if (!r.ok)
      for (const issue of r.issues)
        issues.push({ file: raw.bridges.file, path: `[${i}].${issue.path}`, message: issue.message })
  })
  if (issues.length > 0) return { ok: false, issues }
  return { ok: true, dataset }
}

// A page cannot have been read after the dataset that quotes it was updated. Citations sit at several
// depths (observations, stated changes, caveats, events, context figures), so every file is walked.
function checkReadDates(updated: string, raw: RawDataset, issues: DataIssue[]) {
  const walk = (value: unknown, path: PropertyKey[], file: string) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i], file))
    if (!value || typeof value !== "object") return
    if (
      "kind" in value &&
      value.kind === "primary" &&
      "read" in value &&
      typeof value.read === "string" &&
      value.read > updated
    ) {
      issues.push({
        file,
        path: formatPath([...path, "read"]),
        message: `read ${value.read} is after the dataset's updated date ${updated}`,
      })
    }
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], file)
  }
  for (const f of [raw.caveats, raw.events, raw.context, raw.bridges, ...raw.observations])
    walk(f.data, [], f.file)
}
