import { z } from "zod"
import { FIGURE_IDS } from "../charts/figure-defs"

// The only place types are defined: every other module infers from these schemas.

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a kebab-case id (a-z, 0-9, single hyphens)")

// Half-years are their own periods: a half-year is never stretched into, or summed into, a year.
export const periodSchema = z.string().regex(/^\d{4}(-H[12])?$/, "must be a period YYYY, YYYY-H1 or YYYY-H2")

// Event dates keep the precision the source gives: a year, a half-year, a month or a day.
const eventDateSchema = z
  .string()
  .regex(
    /^\d{4}(-H[12]|-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    "must be a date YYYY, YYYY-H1, YYYY-H2, YYYY-MM or YYYY-MM-DD",
  )

export const localeSchema = z.enum(["en", "ar"])

// Bilingual by construction: a text without its Arabic (or English) wording does not validate.
const localizedTextSchema = z
  .object({
    en: z.string().trim().min(1, "English text is empty"),
    ar: z.string().trim().min(1, "Arabic text is empty"),
  })
  .strict()

const confidenceSchema = z.enum(["high", "medium", "low"])

// Where a GTA 2025 figure comes from: footnote(s) plus where it stands in the Arabic seed text.
const gtaCitationSchema = z
  .object({
    kind: z.literal("gta2025"),
    // Empty where the sentence is the GTA's own analysis and carries no footnote; seedLine + quote still locate it.
    footnotes: z.array(z.number().int().positive()),
    seedLine: z.number().int().positive(),
    section: z.string().min(1),
    quote: z.string().min(1, "a citation needs the quoted phrase"),
    note: localizedTextSchema.optional(),
  })
  .strict()

// A figure read in the organisation's own page (or reputable reporting of it), quoted exactly.
const primaryCitationSchema = z
  .object({
    kind: z.literal("primary"),
    // Who published it and what it is, in both languages; the quote stays in the source's own words.
    publisher: localizedTextSchema,
    url: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }),
    quote: z.string().min(1, "a citation needs the quoted phrase"),
    confidence: confidenceSchema,
    // When the page was read (a real date, not after the dataset's `updated`: lib/data/validate.ts checks that).
    read: z.iso.date("must be the date the page was read, a real date YYYY-MM-DD"),
    // Set where the notes the quote was taken from give no date: `read` is then the latest it can be (the
    // first dataset version that quotes it), shown as "read on or before".
    readOnOrBefore: z.literal(true).optional(),
    note: localizedTextSchema.optional(),
  })
  .strict()

const citationSchema = z.discriminatedUnion("kind", [gtaCitationSchema, primaryCitationSchema])

export const statusSchema = z.enum(["reported", "approximate", "implied", "preliminary"])

// The source's own hedge word: a value "more than 546,000" is not the same claim as "546,000".
const qualifierSchema = z.enum(["about", "nearly", "more-than", "less-than"])

const unitSchema = z.enum(["reports", "incidents", "files", "records", "percent"])

const dimensionSchema = z.enum(["none", "country", "category"])

// A percent change the source itself states, kept so lib/ can check it against the values.
const statedChangeSchema = z
  .object({
    from: periodSchema,
    percent: z.number().finite(),
    citation: citationSchema,
  })
  .strict()

/** The number of significant figures a number is written with: 36,600 has 3, 900,000 has 1, 0.95 has 2. */
export function significantFigures(value: number): number {
  if (value === 0) return 1
  const digits = Math.abs(value)
    .toPrecision(15)
    .replace(/e.*$/, "")
    .replace(".", "")
    .replace(/^0+/, "")
    .replace(/0+$/, "")
  return Math.max(1, digits.length)
}

// Where a value rests on rounded, hedged or rate-derived inputs, the span its inputs allow. It is drawn
// as a range, never as a point, and a change computed from it is given as a range or not at all.
const rangeSchema = z
  .object({
    low: z.number().finite().nonnegative("must not be negative"),
    high: z.number().finite().nonnegative("must not be negative"),
  })
  .strict()
  .refine((r) => r.low < r.high, { message: "low must be below high", path: ["low"] })

// What a derived value takes for granted, in words a reader can check ("assumes no bundling in 2023").
const assumptionsSchema = z.array(localizedTextSchema).min(1, "list at least one assumption")

export const observationSchema = z
  .object({
    seriesId: idSchema,
    period: periodSchema,
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code")
      .optional(),
    category: idSchema.optional(),
    // A second reading of the same figure (the seed states it two ways): kept, never silently dropped.
    variant: idSchema.optional(),
    value: z.number().finite().nonnegative("must not be negative"),
    status: statusSchema,
    qualifier: qualifierSchema.optional(),
    arithmetic: localizedTextSchema.optional(),
    assumptions: assumptionsSchema.optional(),
    // One line for where a paragraph does not fit (a slide's headline); the full list stays in the notes.
    assumptionsShort: localizedTextSchema.optional(),
    range: rangeSchema.optional(),
    // The precision the least precise input allows: "nearly 100 a day" cannot give a five-figure count.
    significantFigures: z.number().int().min(1).max(15).optional(),
    statedChanges: z.array(statedChangeSchema).optional(),
    citations: z.array(citationSchema).min(1, "every observation needs at least one citation"),
  })
  .strict()
  .superRefine((o, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message })
    if (o.status === "implied" && !o.arithmetic)
      issue("arithmetic", "an implied value must carry its arithmetic")
    if (o.status === "implied" && !o.assumptions)
      issue("assumptions", "an implied value must list the assumptions it rests on")
    // A derived value from hedged inputs ("nearly 100 a day") is a span, not a point.
    if (o.status === "implied" && o.qualifier && !o.range)
      issue("range", "an implied value from hedged inputs must give its range (low and high)")
    if (o.status === "implied" && o.qualifier && !o.significantFigures)
      issue(
        "significantFigures",
        "an implied value from hedged inputs must say how many significant figures they allow",
      )
    if (o.range && (o.value < o.range.low || o.value > o.range.high))
      issue("range", `value ${o.value} lies outside its range ${o.range.low}–${o.range.high}`)
    if (o.assumptionsShort && !o.assumptions)
      issue("assumptionsShort", "a short form needs the assumptions it shortens")
    if (o.range && !o.assumptions)
      issue("assumptions", "a value with a range must say what the range rests on")
    if (o.significantFigures && significantFigures(o.value) > o.significantFigures)
      issue(
        "value",
        `${o.value} has ${significantFigures(o.value)} significant figures; its inputs allow ${o.significantFigures}`,
      )
  })

const sourceSchema = z
  .object({
    id: idSchema,
    name: localizedTextSchema,
    shortName: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }),
    unitMeaning: localizedTextSchema,
    methodology: localizedTextSchema,
    coverage: localizedTextSchema,
  })
  .strict()

export const seriesSchema = z
  .object({
    id: idSchema,
    sourceId: idSchema,
    title: localizedTextSchema,
    unit: unitSchema,
    dimension: dimensionSchema,
    definition: localizedTextSchema,
    /**
     * The series for one country as a sentence's subject, with `{country}` where the country goes:
     * "Share of URLs IWF actioned that were hosted in {country}" rather than the title with the country
     * in brackets, which read as a label pasted into a sentence. Only for a series by country.
     */
    countryTitle: localizedTextSchema
      .refine((t) => t.en.includes("{country}") && t.ar.includes("{country}"), {
        message: "needs {country} in both languages",
      })
      .optional(),
  })
  .strict()
  .refine((s) => s.countryTitle === undefined || s.dimension === "country", {
    message: "countryTitle is only for a series by country",
    path: ["countryTitle"],
  })

// What a caveat is decides what it does to a comparison (see lib/analysis/compare.ts), so the kind is closed.
const caveatKindSchema = z.enum([
  "method-change",
  "detection-change",
  "legal-change",
  "technology-change",
  "one-off-contributor",
  "partial-period",
  "coverage",
  "definition",
  "data-quality",
  "revision",
  "interpretation",
])

const caveatSchema = z
  .object({
    id: idSchema,
    kind: caveatKindSchema,
    appliesTo: z
      .object({
        // "all" is for the caveats that hold for every series (reports are not prevalence, …).
        seriesIds: z.union([z.literal("all"), z.array(idSchema).min(1)]),
        // Absent: every period of those series.
        periods: z.array(periodSchema).min(1).optional(),
      })
      .strict(),
    title: localizedTextSchema,
    text: localizedTextSchema,
    // A method change can name the series that stays like for like across it (reports → incidents).
    likeForLike: idSchema.optional(),
    // A one-off contributor can name the series holding its contribution and the total it is part of, so
    // lib/ can show that total without it (only that total: the contribution is not part of other counts).
    // The view rests on assumptions no source confirms, so they are data, shown wherever it is shown; its
    // value is rounded to `significantFigures` (those of the contribution) and spans the rounding's range.
    adjustment: z
      .object({
        subtractSeries: idSchema,
        fromSeries: idSchema,
        assumptions: assumptionsSchema,
        assumptionsShort: localizedTextSchema,
        significantFigures: z.number().int().min(1).max(15),
        // False where the contributor's share of the earlier period is unknown: no change is computed then.
        changeKnown: z.boolean(),
      })
      .strict()
      .optional(),
    citations: z.array(citationSchema).min(1, "every caveat needs at least one citation"),
  })
  .strict()

const eventSchema = z
  .object({
    id: idSchema,
    date: eventDateSchema,
    label: localizedTextSchema,
    seriesIds: z.array(idSchema),
    caveatId: idSchema.optional(),
    citations: z.array(citationSchema).min(1, "every event needs at least one citation"),
  })
  .strict()

// Evidence that reports are a small, uneven part of harm: survey and disclosure figures in their own units,
// shown apart from report counts and never on an axis with them.
export const contextFigureSchema = z
  .object({
    id: idSchema,
    // disclosure: how children tell (or do not); survey: how many children experience harm;
    // concentration: how few companies make the reports.
    kind: z.enum(["disclosure", "survey", "concentration"]),
    value: z.number().finite().positive("must be positive"),
    // "percent": 3 is 3 %; "one-in": 5 is one in five.
    format: z.enum(["percent", "one-in"]),
    status: statusSchema,
    qualifier: qualifierSchema.optional(),
    arithmetic: localizedTextSchema.optional(),
    measure: localizedTextSchema,
    population: localizedTextSchema,
    study: localizedTextSchema,
    // The study's year as the GTA 2025's reference list gives it; absent where it gives none.
    published: z.number().int().min(1990).max(2100).optional(),
    citations: z.array(citationSchema).min(1, "every figure needs at least one citation"),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.format === "percent" && f.value > 100)
      ctx.addIssue({ code: "custom", path: ["value"], message: "a percent must be at most 100" })
    if (f.status === "implied" && !f.arithmetic)
      ctx.addIssue({
        code: "custom",
        path: ["arithmetic"],
        message: "an implied value must carry its arithmetic",
      })
  })

// What each figure's headline, takeaway and slide are about: data, so that a new year is a data change.
// A value a reading quotes, named by what it is, never typed in: one observation, the percent change
// between two of a series' periods, or a derived view (lib/analysis/adjusted.ts) in one period.
const readingValueSchema = z.union([
  z
    .object({
      series: idSchema,
      period: periodSchema,
      country: z.string().length(2).optional(),
      category: idSchema.optional(),
    })
    .strict(),
  z.object({ change: idSchema, from: periodSchema, to: periodSchema }).strict(),
  z.object({ adjusted: z.enum(["inhope-without-safenet"]), period: periodSchema }).strict(),
])

// A reading is a written explanation of one change (its message in the catalogue names the years and
// causes it explains). It is shown only while the figure is about that same change; when a new year
// moves the figure on, the figure falls back to the takeaway built from the data and its caveats.
const readingSchema = z
  .object({
    from: periodSchema,
    to: periodSchema,
    // The message under "takeaway" (and, where `explainer` is set, under "explainer") in the catalogue.
    message: idSchema,
    explainer: z.boolean().optional(),
    values: z.record(z.string().regex(/^[a-zA-Z]+$/, "must be a placeholder name"), readingValueSchema),
  })
  .strict()

const figureSettingSchema = z
  .object({
    id: z.enum(FIGURE_IDS),
    headline: z
      .object({
        seriesId: idSchema,
        country: z.string().length(2).optional(),
        // Unset: the latest full year that can be compared with the year before (lib/analysis/figure-year.ts).
        // Set only with a reason a reader can be told, in `why`.
        from: periodSchema.optional(),
        to: periodSchema.optional(),
        why: localizedTextSchema.optional(),
      })
      .strict()
      .superRefine((h, ctx) => {
        if ((h.from === undefined) !== (h.to === undefined))
          ctx.addIssue({ code: "custom", path: ["to"], message: "set both from and to, or neither" })
        if (h.to !== undefined && !h.why)
          ctx.addIssue({ code: "custom", path: ["why"], message: "a pinned comparison needs its reason" })
      }),
    readings: z.array(readingSchema),
  })
  .strict()

// A change bridge: one headline change drawn as the cited parts it is made of (lib/analysis/bridge.ts).
// A number a bridge draws is named, never typed in: an observation (a variant names a second reading), a
// derived view, a change the source states in words (with its own citation), the remainder the other
// parts leave (computed, with the span its inputs' rounding allows), or a part the sources do not split.
const bridgeObservationSchema = z
  .object({ series: idSchema, period: periodSchema, variant: idSchema.optional() })
  .strict()
const bridgeAdjustedSchema = z
  .object({ adjusted: z.enum(["inhope-without-safenet"]), period: periodSchema })
  .strict()
const bridgeStatedSchema = z
  .object({
    stated: z
      .object({
        // Signed: a fall is negative. The source's own words, in its citation's quote.
        value: z
          .number()
          .finite()
          .refine((v) => v !== 0, "a stated change cannot be zero"),
        status: statusSchema,
        qualifier: qualifierSchema.optional(),
        citations: z.array(citationSchema).min(1, "a stated change needs its citation"),
      })
      .strict(),
  })
  .strict()
const bridgeRemainderSchema = z
  .object({ remainder: z.object({ assumptions: assumptionsSchema }).strict() })
  .strict()
const bridgeNotSplitSchema = z.object({ notSplit: localizedTextSchema }).strict()

const bridgePartSchema = z
  .object({
    label: localizedTextSchema,
    value: z.union([bridgeObservationSchema, bridgeAdjustedSchema, bridgeRemainderSchema]),
    note: localizedTextSchema.optional(),
  })
  .strict()

const bridgeColumnSchema = z.discriminatedUnion("kind", [
  // A level: a total drawn from zero. Its parts, if any, stack inside it and must add up to it.
  z
    .object({
      kind: z.literal("level"),
      label: localizedTextSchema,
      value: z.union([bridgeObservationSchema, bridgeAdjustedSchema]),
      parts: z.array(bridgePartSchema).min(2, "a split level needs at least two parts").optional(),
      caveatId: idSchema.optional(),
      note: localizedTextSchema.optional(),
    })
    .strict(),
  // A step: a change floating from the running total; the steps between two levels add up to the gap.
  z
    .object({
      kind: z.literal("step"),
      label: localizedTextSchema,
      value: z.union([
        bridgeObservationSchema,
        bridgeStatedSchema,
        bridgeRemainderSchema,
        bridgeNotSplitSchema,
      ]),
      caveatId: idSchema.optional(),
      note: localizedTextSchema.optional(),
    })
    .strict(),
])

const bridgeSchema = z
  .object({
    id: idSchema,
    figure: z.enum(FIGURE_IDS),
    from: periodSchema,
    to: periodSchema,
    title: localizedTextSchema,
    // Observations whose assumptions the whole bridge rests on (2023 reports read as incidents).
    assumptionsFrom: z.array(bridgeObservationSchema).optional(),
    // Events drawn at their date inside the column whose period holds it.
    events: z.array(idSchema).optional(),
    // A level drawn across the bridge as a line, so later columns are read against it.
    reference: z.number().int().nonnegative().optional(),
    columns: z.array(bridgeColumnSchema).min(3, "a bridge needs a start, a change and an end"),
  })
  .strict()
  .superRefine((b, ctx) => {
    const first = b.columns[0]
    const last = b.columns[b.columns.length - 1]
    if (first?.kind !== "level")
      ctx.addIssue({ code: "custom", path: ["columns", 0], message: "a bridge starts with a level" })
    if (last?.kind !== "level")
      ctx.addIssue({
        code: "custom",
        path: ["columns", b.columns.length - 1],
        message: "a bridge ends with a level",
      })
    if (b.reference !== undefined && b.columns[b.reference]?.kind !== "level")
      ctx.addIssue({ code: "custom", path: ["reference"], message: "the reference must be a level column" })
  })

export const datasetMetaSchema = z
  .object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a semantic version"),
    updated: z.iso.date(),
    title: localizedTextSchema,
    seed: z
      .object({
        title: localizedTextSchema,
        publisher: z.string().min(1),
        url: z.url(),
        published: z.iso.date(),
        edition: z.string().min(1),
      })
      .strict(),
  })
  .strict()

export const sourcesFileSchema = z.array(sourceSchema)
export const seriesFileSchema = z.array(seriesSchema)
export const observationsFileSchema = z.array(observationSchema)
export const caveatsFileSchema = z.array(caveatSchema)
export const eventsFileSchema = z.array(eventSchema)
export const contextFileSchema = z.array(contextFigureSchema)
export const figuresFileSchema = z.array(figureSettingSchema)
export const bridgesFileSchema = z.array(bridgeSchema)

export type Locale = z.infer<typeof localeSchema>
export type LocalizedText = z.infer<typeof localizedTextSchema>
export type Citation = z.infer<typeof citationSchema>
export type GtaCitation = z.infer<typeof gtaCitationSchema>
export type PrimaryCitation = z.infer<typeof primaryCitationSchema>
export type Status = z.infer<typeof statusSchema>
export type Qualifier = z.infer<typeof qualifierSchema>
export type Unit = z.infer<typeof unitSchema>
export type Observation = z.infer<typeof observationSchema>
export type Range = z.infer<typeof rangeSchema>
export type Source = z.infer<typeof sourceSchema>
export type Series = z.infer<typeof seriesSchema>
export type CaveatKind = z.infer<typeof caveatKindSchema>
export type Caveat = z.infer<typeof caveatSchema>
export type DatasetEvent = z.infer<typeof eventSchema>
type DatasetMeta = z.infer<typeof datasetMetaSchema>
export type ContextFigure = z.infer<typeof contextFigureSchema>
export type FigureSetting = z.infer<typeof figureSettingSchema>
export type Reading = z.infer<typeof readingSchema>
export type ReadingValue = z.infer<typeof readingValueSchema>
export type Bridge = z.infer<typeof bridgeSchema>
export type BridgeColumnDef = z.infer<typeof bridgeColumnSchema>
export type BridgePartDef = z.infer<typeof bridgePartSchema>
export type BridgeObservationRef = z.infer<typeof bridgeObservationSchema>

export type Dataset = {
  meta: DatasetMeta
  sources: Source[]
  series: Series[]
  observations: Observation[]
  caveats: Caveat[]
  events: DatasetEvent[]
  context: ContextFigure[]
  figures: FigureSetting[]
  bridges: Bridge[]
}
