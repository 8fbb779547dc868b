import { inhopeWithoutSafenet } from "./adjusted"
import { mainObservation, percentChange } from "./change"
import type { Translate } from "./chart"
import { allComparisons, type Verdict } from "./compare"
import type { FigureId } from "./figures"
import { formatObservation, formatPercentChange, formatValue } from "./format"
import type { Dataset, Locale, Observation } from "./schema"

// A takeaway says what was reported and how it changed, with the reason in the same sentence. It never
// makes a claim about prevalence: the words are in the catalogue, the numbers come from the data.

type Values = Record<string, string>

function need(o: Observation | undefined, what: string): Observation {
  if (!o) throw new Error(`takeaway needs ${what}`)
  return o
}

function builders(dataset: Dataset, locale: Locale): Record<FigureId, () => Values> {
  const obs = (series: string, period: string) =>
    need(mainObservation(dataset, series, period), `${series} ${period}`)
  const v = (o: Observation) =>
    formatObservation(o, dataset.series.find((s) => s.id === o.seriesId)!.unit, locale)
  const change = (a: Observation, b: Observation) =>
    formatPercentChange(percentChange(a.value, b.value) ?? 0, locale)
  // 2023→2024 and January–June 2024→2025, as the generative-AI and enticement takeaways both give them.
  const yearsAndHalves = (series: string) => {
    const [a, b] = [obs(series, "2023"), obs(series, "2024")]
    const [h1, h2] = [obs(series, "2024-H1"), obs(series, "2025-H1")]
    return { from: v(a), to: v(b), change: change(a, b), halfFrom: v(h1), halfTo: v(h2) }
  }
  const share = (series: string, period: string, country: string) => {
    const o = dataset.observations.find(
      (x) => x.seriesId === series && x.period === period && x.country === country && !x.variant,
    )
    return formatValue(need(o, `${series} ${period} ${country}`).value, "percent", locale)
  }
  return {
    cybertipline: () => {
      const [r23, r24] = [
        obs("ncmec-cybertipline-reports", "2023"),
        obs("ncmec-cybertipline-reports", "2024"),
      ]
      const [i23, i24] = [
        obs("ncmec-cybertipline-incidents", "2023"),
        obs("ncmec-cybertipline-incidents", "2024"),
      ]
      return {
        from: v(r23),
        to: v(r24),
        change: change(r23, r24),
        incidents: v(i24),
        incidentChange: change(i23, i24),
      }
    },
    genai: () => ({
      ...yearsAndHalves("ncmec-genai-reports"),
      // The one contributor that moved the half-year figure is named with it, from the data.
      amazon: v(obs("ncmec-genai-amazon-training-data-reports", "2025-H1")),
    }),
    enticement: () => ({
      ...yearsAndHalves("ncmec-online-enticement-reports"),
      secondHalf: v(obs("ncmec-online-enticement-reports", "2024-H2")),
    }),
    sextortion: () => {
      const [a, b] = [
        obs("ncmec-financial-sextortion-reports", "2022"),
        obs("ncmec-financial-sextortion-reports", "2023"),
      ]
      const [h1, h2] = [
        obs("ncmec-financial-sextortion-reports", "2024-H1"),
        obs("ncmec-financial-sextortion-reports", "2025-H1"),
      ]
      const boys = obs("iwf-sextortion-boys-share", "2023")
      return {
        from: v(a),
        to: v(b),
        halfFrom: v(h1),
        halfTo: v(h2),
        halfChange: change(h1, h2),
        boys: formatValue(boys.value, "percent", locale),
      }
    },
    hosting: () => ({
      inhope: share("inhope-hosting-share", "2024", "NL"),
      iwf: share("iwf-hosting-share", "2024", "NL"),
    }),
    inhope: () => {
      const [a, b] = [obs("inhope-reports", "2023"), obs("inhope-reports", "2024")]
      const adjusted = need(
        inhopeWithoutSafenet(dataset).find((o) => o.period === "2024"),
        "adjusted INHOPE 2024",
      )
      const safenet = obs("inhope-safenet-bulgaria-reports", "2024")
      return {
        from: v(a),
        to: v(b),
        change: change(a, b),
        safenet: formatValue(safenet.value, "reports", locale),
        adjusted: v(adjusted),
      }
    },
    iwf: () => {
      const [a23, a24] = [obs("iwf-reports-assessed", "2023"), obs("iwf-reports-assessed", "2024")]
      const [c23, c24] = [obs("iwf-reports-confirmed", "2023"), obs("iwf-reports-confirmed", "2024")]
      return {
        assessed: v(a24),
        assessedChange: change(a23, a24),
        confirmed: v(c24),
        confirmedChange: change(c23, c24),
      }
    },
  }
}

/** The figure's one-sentence takeaway; `t` translates keys of the "takeaway" messages. */
export function buildTakeaway(dataset: Dataset, id: FigureId, locale: Locale, t: Translate): string {
  return t(id, builders(dataset, locale)[id]())
}

/**
 * The three clearest examples of "reports are not prevalence", with their numbers and the verdict of each
 * change from the data; `verdictLabel` names a verdict in the page's language.
 */
export function buildExplainerValues(
  dataset: Dataset,
  locale: Locale,
  verdictLabel: (v: Verdict) => string,
): Record<"cybertipline" | "inhope" | "enticement", Values> {
  const b = builders(dataset, locale)
  const verdict = (series: string) => {
    const c = allComparisons(dataset).find(
      (x) => x.seriesId === series && x.from.period === "2023" && x.to.period === "2024",
    )
    if (!c) throw new Error(`explainer needs ${series} 2023→2024`)
    return verdictLabel(c.verdict)
  }
  return {
    cybertipline: { ...b.cybertipline(), verdict: verdict("ncmec-cybertipline-reports") },
    inhope: { ...b.inhope(), verdict: verdict("inhope-reports") },
    enticement: { ...b.enticement(), verdict: verdict("ncmec-online-enticement-reports") },
  }
}
