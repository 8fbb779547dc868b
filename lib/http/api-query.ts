import { FIGURE_IDS } from "../charts/figure-defs"
import { periodSchema, type Dataset } from "../data/schema"

// A bad request names the parameter it is about, so the caller can fix it without reading our code.
export type QueryError = { parameter: string; error: string }
type QueryResult<T> = { ok: true; value: T } | { ok: false; error: QueryError }

type ListParser = (values: string[], name: string) => QueryResult<string[]>
type ParamSpec = Record<string, { parse: ListParser; single?: boolean }>

const MAX_VALUE_LENGTH = 1000
const MAX_ITEMS = 100

function describe(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value
  // Control and bidi characters are escaped so an error message cannot be made to lie about its contents.
  return JSON.stringify(shown).replace(
    /[\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  )
}

function splitList(values: string[]): string[] {
  return values.flatMap((v) => v.split(",")).map((v) => v.trim())
}

function oneOf(allowed: readonly string[], noun: string): ListParser {
  const set = new Set(allowed)
  return (values, name) => {
    const items = splitList(values)
    const bad = items.find((v) => !set.has(v))
    if (bad !== undefined) {
      return { ok: false, error: { parameter: name, error: `unknown ${noun} ${describe(bad)}` } }
    }
    return { ok: true, value: items }
  }
}

const periodList: ListParser = (values, name) => {
  const items = splitList(values)
  const bad = items.find((v) => !periodSchema.safeParse(v).success)
  if (bad !== undefined) {
    return {
      ok: false,
      error: { parameter: name, error: `malformed period ${describe(bad)}: use YYYY, YYYY-H1 or YYYY-H2` },
    }
  }
  return { ok: true, value: items }
}

const countryList: ListParser = (values, name) => {
  const items = splitList(values).map((v) => v.toUpperCase())
  const bad = items.find((v) => !/^[A-Z]{2}$/.test(v))
  if (bad !== undefined) {
    return {
      ok: false,
      error: { parameter: name, error: `malformed country ${describe(bad)}: use ISO 3166-1 alpha-2` },
    }
  }
  return { ok: true, value: items }
}

/** The error for a key a route does not read, listing the keys it does. */
export function unknownParameter(name: string, known: readonly string[]): QueryError {
  return {
    parameter: name,
    error: `unknown parameter ${describe(name)}${known.length ? `: use ${known.join(", ")}` : ""}`,
  }
}

/** Validates a query string against a spec: unknown, empty, oversized or invalid parameters are errors. */
export function parseQuery<S extends ParamSpec>(
  params: URLSearchParams,
  spec: S,
): QueryResult<{ [K in keyof S]?: string[] }> {
  const out: Record<string, string[]> = {}
  for (const name of new Set(params.keys())) {
    // Own properties only: `constructor`, `toString` or `__proto__` must not find Object.prototype's.
    const entry = Object.hasOwn(spec, name) ? spec[name] : undefined
    if (!entry) return { ok: false, error: unknownParameter(name, Object.keys(spec)) }
    const values = params.getAll(name)
    if (entry.single && values.length > 1) {
      return { ok: false, error: { parameter: name, error: "given more than once" } }
    }
    // A comma list is several values too: `format=csv,json` must not quietly mean csv.
    if (entry.single && splitList(values).length > 1) {
      return { ok: false, error: { parameter: name, error: "takes one value, not a comma list" } }
    }
    if (values.some((v) => v.length > MAX_VALUE_LENGTH)) {
      return { ok: false, error: { parameter: name, error: `longer than ${MAX_VALUE_LENGTH} characters` } }
    }
    if (splitList(values).some((v) => v === "")) {
      return { ok: false, error: { parameter: name, error: "has an empty value" } }
    }
    if (splitList(values).length > MAX_ITEMS) {
      return { ok: false, error: { parameter: name, error: `more than ${MAX_ITEMS} values` } }
    }
    const parsed = entry.parse(values, name)
    if (!parsed.ok) return parsed
    out[name] = parsed.value
  }
  return { ok: true, value: out as { [K in keyof S]?: string[] } }
}

/** `series=` (repeatable): ids of the dataset's series. Shared by every endpoint that filters by series. */
export const seriesParam = (dataset: Dataset) => ({
  parse: oneOf(
    dataset.series.map((s) => s.id),
    "series",
  ),
})

/** `source=` (repeatable): ids of the dataset's sources. */
export const sourceParam = (dataset: Dataset) => ({
  parse: oneOf(
    dataset.sources.map((s) => s.id),
    "source",
  ),
})

export function observationsQuerySpec(dataset: Dataset) {
  return {
    series: seriesParam(dataset),
    source: sourceParam(dataset),
    period: { parse: periodList },
    country: { parse: countryList },
    format: { parse: oneOf(["json", "csv"], "format"), single: true },
    lang: { parse: oneOf(["en", "ar"], "language"), single: true },
  }
}

/** The parameters of every chart export (…/export). */
export const EXPORT_QUERY_SPEC = {
  format: { parse: oneOf(["svg", "csv", "json"], "format"), single: true },
  lang: { parse: oneOf(["en", "ar"], "language"), single: true },
  size: { parse: oneOf(["standard", "presentation"], "size"), single: true },
  scale: { parse: oneOf(["linear", "log"], "scale"), single: true },
}

/**
 * A figure's exports also make a one-slide PowerPoint file (`format=pptx`) and a workbook with its data,
 * caveats and citations (`format=xlsx`); a series has no slide of its own (a slide leads with a figure's
 * headline and verdict), so its exports keep the three formats.
 */
export const FIGURE_EXPORT_QUERY_SPEC = {
  ...EXPORT_QUERY_SPEC,
  format: { parse: oneOf(["svg", "csv", "json", "pptx", "xlsx"], "format"), single: true },
  // What of the figure to export: its chart (the default) or its change bridge on its own
  // (lib/export/bridge-export.ts). A series has no bridge, so its exports do not take `part`.
  part: { parse: oneOf(["chart", "bridge"], "part"), single: true },
}

/**
 * GET /api/briefing/pptx: the deck's language, and its figures in order (`figures=genai,cybertipline`,
 * as /briefing?figures= takes them; none means every figure in the deck's own order). An unknown figure
 * is a 400 here, where the page reports it on its title slide: a file someone downloads should not
 * quietly leave out a figure they asked for.
 */
/** A four-digit year; whether a deck can be about it is the handler's to say (lib/analysis/figure-year.ts talkYears). */
const yearValue: ListParser = (values, name) => {
  const items = splitList(values)
  const bad = items.find((v) => !/^\d{4}$/.test(v))
  if (bad !== undefined) {
    return { ok: false, error: { parameter: name, error: `malformed year ${describe(bad)}: use YYYY` } }
  }
  return { ok: true, value: items }
}

export const BRIEFING_PPTX_QUERY_SPEC = {
  lang: { parse: oneOf(["en", "ar"], "language"), single: true },
  figures: { parse: oneOf(FIGURE_IDS, "figure") },
  year: { parse: yearValue, single: true },
}

/** The parameters of the full-dataset download (/api/dataset/download): only its language. */
export const DATASET_DOWNLOAD_QUERY_SPEC = {
  lang: { parse: oneOf(["en", "ar"], "language"), single: true },
}

/** The parameters of a chart's spec (/api/figures/{id}, /api/series/{id}/chart). */
export const CHART_QUERY_SPEC = {
  lang: { parse: oneOf(["en", "ar"], "language"), single: true },
}
