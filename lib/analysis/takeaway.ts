import { inhopeWithoutSafenet } from "./adjusted"
import { percentChange } from "./change"
import type { Translate } from "../charts/spec"
import { compare, type Comparison, type Verdict } from "./compare"
import {
  currentReading,
  figurePair,
  figureSetting,
  headlineObservation,
  laterPeriods,
  pairForYear,
  usesPinnedPair,
  type TalkYear,
} from "./figure-year"
import { FIGURE_IDS, type FigureId } from "../charts/figure-defs"
import { formatChangeSize, formatList, formatObservation, formatPercentChange } from "../format/values"
import { translatorFor } from "../i18n/translate"
import type { Dataset, Locale, Observation, Reading, ReadingValue } from "../data/schema"
import { formatChangeLabel } from "./sentence"
import { parsePeriod } from "../data/period"
import { formatPeriod } from "../format/time"

// A takeaway says what was reported and how it changed, with the reason in the same sentence. It never
// makes a claim about prevalence. Which change it is about, and every number it quotes, come from
// data/figures.json; the words are in the catalogue. A change nobody has written a reading for yet (a
// year just published) gets a takeaway built from the comparison and the caveats that move it.

type Values = Record<string, string>

function unitOf(dataset: Dataset, o: Observation) {
  return dataset.series.find((s) => s.id === o.seriesId)!.unit
}

/** The percent change a reading quotes, between two drawable figures. validate.ts has checked that both resolve. */
function changeOf(dataset: Dataset, v: Extract<ReadingValue, { change: string }>): number {
  const a = headlineObservation(dataset, v.change, v.from)
  const b = headlineObservation(dataset, v.change, v.to)
  if (!a || !b) throw new Error(`data/figures.json: no drawable figure for ${JSON.stringify(v)}`)
  return percentChange(a.value, b.value) ?? 0
}

/** One value a reading quotes, formatted. validate.ts has checked that each one resolves. */
function readingValue(dataset: Dataset, v: ReadingValue, locale: Locale): string {
  const fail = () => {
    throw new Error(`data/figures.json: no drawable figure for ${JSON.stringify(v)}`)
  }
  if ("series" in v) {
    const o = headlineObservation(dataset, v.series, v.period, v.country, v.category) ?? fail()
    return formatObservation(o, unitOf(dataset, o), locale)
  }
  if ("change" in v) return formatPercentChange(changeOf(dataset, v), locale)
  const o = inhopeWithoutSafenet(dataset).find((x) => x.period === v.period) ?? fail()
  return formatObservation(o, unitOf(dataset, o), locale)
}

/**
 * A reading's values by placeholder name. A change is given twice: `{change}` signed, for a place with no
 * direction word ("(−43%)"), and `{changeUnsigned}` for prose after one ("fell 43%", «انخفضت بنسبة 43%»),
 * where a sign would say the direction twice (lib/format/values.ts formatChangeSize). A reading is written for
 * one pair of periods, so its verb was chosen for that change; the takeaway tests hold it to the data.
 */
function readingValues(dataset: Dataset, r: Reading, locale: Locale): Values {
  return Object.fromEntries(
    Object.entries(r.values).flatMap(([name, v]): [string, string][] => {
      const value: [string, string] = [name, readingValue(dataset, v, locale)]
      if (!("change" in v)) return [value]
      return [value, [`${name}Unsigned`, formatChangeSize(changeOf(dataset, v), locale)]]
    }),
  )
}

/** The comparison a figure is about: its headline series over the figure's pair of periods. */
export function figureComparison(dataset: Dataset, id: FigureId, year?: TalkYear): Comparison {
  const h = figureSetting(dataset, id).headline
  const pair = figurePair(dataset, id, year)
  const from = headlineObservation(dataset, h.seriesId, pair.from, h.country)
  const to = headlineObservation(dataset, h.seriesId, pair.to, h.country)
  if (!from || !to) throw new Error(`figure "${id}" needs ${h.seriesId} ${pair.from} and ${pair.to}`)
  return compare(dataset, from, to)
}

/**
 * The takeaway of a change no reading explains yet: both values, the change with its verdict, and the
 * titles of the caveats that decide the verdict. A percent change is never given without its reasons;
 * where no source has explained the change, the sentence says so.
 */
function builtTakeaway(dataset: Dataset, c: Comparison, locale: Locale, t: Translate): string {
  const tc = translatorFor(locale, "compare")
  const unit = unitOf(dataset, c.to)
  const series = dataset.series.find((s) => s.id === c.to.seriesId)!
  const values = {
    series: series.title[locale],
    from: formatObservation(c.from, unit, locale),
    fromPeriod: formatPeriod(c.from.period, locale),
    to: formatObservation(c.to, unit, locale),
    toPeriod: formatPeriod(c.to.period, locale),
    change: formatChangeLabel(c, locale, tc),
    verdict: tc(`verdict.${c.verdict}`).toLowerCase(),
  }
  const reasons = c.reasons.map((r) => r.title[locale])
  // A share (hosting) is not a count of reports: its closing sentence says what a share measures.
  const key = unit === "percent" ? "builtShare" : "built"
  return reasons.length > 0
    ? t(key, { ...values, reasons: formatList(reasons, locale) })
    : t(`${key}NoReason`, values)
}

/**
 * Where the figure's year is not the latest year its source has anything for, what there is after it:
 * full years published since (only a deck about an earlier year has any), then the latest year's
 * half-years drawn and full years known only second-hand. Empty otherwise.
 */
function buildLaterNote(
  dataset: Dataset,
  id: FigureId,
  locale: Locale,
  t: Translate,
  year?: TalkYear,
): string {
  const later = laterPeriods(dataset, id, year)
  if (!later) return ""
  const list = (ps: string[]) =>
    formatList(
      ps.map((p) => formatPeriod(p, locale)),
      locale,
    )
  const full = later.drawn.filter((p) => parsePeriod(p).half === null)
  const fullYears = new Set(full.map((p) => parsePeriod(p).year))
  // A half of a year published in full says nothing the full year does not.
  const partial = later.drawn.filter((p) => !fullYears.has(parsePeriod(p).year))
  const values = { year: String(later.year), drawn: list(partial) }
  const since = full.length > 0 ? t("laterSince", { drawn: list(full) }) : ""
  const last =
    partial.length > 0
      ? t(later.unverified.length > 0 ? "laterBoth" : "laterDrawn", values)
      : later.unverified.length > 0
        ? t("laterUnverified", values)
        : ""
  return [since, last].filter(Boolean).join(" ")
}

/**
 * The figure's one-sentence takeaway; `t` translates keys of the "takeaway" messages. For a talk about
 * `year`, about the figure's change up to that year (the caller checks there is one: pairForYear).
 */
export function buildTakeaway(
  dataset: Dataset,
  id: FigureId,
  locale: Locale,
  t: Translate,
  year?: TalkYear,
): string {
  const reading = currentReading(dataset, id, year)
  const later = buildLaterNote(dataset, id, locale, t, year)
  if (reading)
    return [t(reading.message, readingValues(dataset, reading, locale)), later].filter(Boolean).join(" ")
  // A built takeaway also says why a pinned figure is about the change it is about (a reading says it in
  // its own words). A talk about a year before the pinned pair compares other periods: the reason is not its.
  const why = usesPinnedPair(dataset, id, year)
    ? figureSetting(dataset, id).headline.why?.[locale]
    : undefined
  return [builtTakeaway(dataset, figureComparison(dataset, id, year), locale, t), why, later]
    .filter(Boolean)
    .join(" ")
}

type ExplainerExample = { id: FigureId; message: string; values: Values }

/**
 * The examples of "reports are not prevalence": the readings marked `explainer` that explain their
 * figure's current change, each with its numbers and its verdict. A figure whose year has moved on
 * drops out until a reading is written for the new change; the panel never repeats an old year's example.
 */
export function buildExplainerExamples(
  dataset: Dataset,
  locale: Locale,
  verdictLabel: (v: Verdict) => string,
  year?: TalkYear,
): { examples: ExplainerExample[]; years: string } {
  const examples = FIGURE_IDS.flatMap((id): ExplainerExample[] => {
    // A deck about a year some figure has nothing to compare for leaves that figure's example out.
    if (year !== undefined && !pairForYear(dataset, id, year)) return []
    const reading = currentReading(dataset, id, year)
    if (!reading?.explainer) return []
    const values = readingValues(dataset, reading, locale)
    return [
      {
        id,
        message: reading.message,
        values: { ...values, verdict: verdictLabel(figureComparison(dataset, id, year).verdict) },
      },
    ]
  })
  const years = [...new Set(examples.map((e) => figurePair(dataset, e.id, year).to))].map((p) =>
    formatPeriod(p, locale),
  )
  return { examples, years: formatList(years, locale) }
}
