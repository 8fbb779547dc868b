import { getTranslations } from "next-intl/server"
import { ChartBox } from "@/components/charts/chart-box"
import { MarkLegend } from "@/components/figure/mark-legend"
import { SiteAddress } from "@/components/site-address"
import { VerdictBadge } from "@/components/verdict-badge"
import { slideChartHeight, type FigureSlide } from "@/lib/briefing"
import type { FigureSpec } from "@/lib/chart"
import { coverageYears } from "@/lib/figure-year"
import { KINDS as GAP_KINDS } from "@/components/report-gaps"
import { COMMA, formatContextValue } from "@/lib/format"
import { MARK_ORDER } from "@/lib/marks"
import type { Dataset, Locale, Status } from "@/lib/schema"
import { SUPPORT_RESOURCES } from "@/lib/support-resources"
import { buildExplainerExamples } from "@/lib/takeaway"

export async function TitleSlide({
  dataset,
  locale,
  sources,
  invalid,
  year,
  invalidYear,
}: {
  dataset: Dataset
  locale: Locale
  sources: string
  invalid: string[]
  /** The year the deck is about (`?year=`), if one was chosen. */
  year?: number
  /** A `?year=` that was not one of the years offered, reported like unknown figures. */
  invalidYear?: string
}) {
  const t = await getTranslations({ locale, namespace: "briefing" })
  return (
    <div className="flex h-full flex-col justify-center gap-[1.5vw]">
      <h1 className="text-[3.6vw] leading-tight font-bold">
        {t("title", { years: coverageYears(dataset) })}
      </h1>
      <p className="text-[2.2vw]">{t("subtitle")}</p>
      {year !== undefined && (
        <p className="text-[1.8vw] font-semibold" data-deck-year>
          {t("yearAbout", { year: String(year) })}
        </p>
      )}
      <p>{t("vintage", { date: dataset.meta.updated, version: dataset.meta.version })}</p>
      <p>
        {t("mainSource", { title: dataset.meta.seed.title[locale], publisher: dataset.meta.seed.publisher })}
      </p>
      <p>{t("sources", { sources })}</p>
      <p className="border-s-8 border-black ps-[1vw]" role="note">
        {t("contentNote")}
      </p>
      {invalid.length > 0 && <p role="status">{t("unknownFigures", { ids: invalid.join(", ") })}</p>}
      {invalidYear !== undefined && <p role="status">{t("yearIgnored", { value: invalidYear })}</p>}
      <p className="mt-auto">{t("keys")}</p>
    </div>
  )
}

export async function HowToReadSlide({
  dataset,
  locale,
  year,
}: {
  dataset: Dataset
  locale: Locale
  year?: number
}) {
  const t = await getTranslations({ locale, namespace: "briefing" })
  const te = await getTranslations({ locale, namespace: "explainer" })
  const tc = await getTranslations({ locale, namespace: "compare" })
  const { examples } = buildExplainerExamples(
    dataset,
    locale,
    (verdict) => tc(`verdict.${verdict}`).toLowerCase(),
    year,
  )
  const b = (chunks: React.ReactNode) => <strong>{chunks}</strong>
  return (
    <div className="flex h-full flex-col gap-[1.5vw]">
      <h2 className="text-[3vw] font-bold">{t("howTitle")}</h2>
      <p className="text-[2vw] font-semibold" role="note">
        {t("howLead")}
      </p>
      {/* A deck about an earlier year may have no written example for its changes: then the lead alone. */}
      {examples.length > 0 && (
        <ul className="list-disc space-y-[1vw] ps-[2.5vw]">
          {examples.map((e) => (
            <li key={e.id}>{te.rich(e.message, { ...e.values, b })}</li>
          ))}
        </ul>
      )}
    </div>
  )
}

type FigureProps = { slide: FigureSlide; spec: FigureSpec; locale: Locale }

export async function FigureSlideView({ slide, spec, locale }: FigureProps) {
  const t = await getTranslations({ locale, namespace: "briefing" })
  const tc = await getTranslations({ locale, namespace: "compare" })
  const tf = await getTranslations({ locale, namespace: "figure" })
  const ts = await getTranslations({ locale, namespace: "status" })
  const statusLabels = Object.fromEntries(MARK_ORDER.map((s) => [s, ts(s)])) as Record<Status, string>
  const { headline } = slide
  return (
    <>
      <h2 className="text-[2.6vw] leading-tight font-bold">{slide.title}</h2>
      <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,3fr)_minmax(0,2fr)] gap-[2.5vw]">
        <div className="min-w-0">
          {spec.panels.map((panel) => {
            const statuses = MARK_ORDER.filter((s) =>
              panel.layers.some((l) => l.points.some((p) => p.status === s)),
            )
            return (
              <div key={panel.id}>
                {spec.panels.length > 1 && <p className="font-semibold">{panel.title}</p>}
                <p className="sr-only">{panel.description}</p>
                <ChartBox
                  chart={slide.chart}
                  panelId={panel.id}
                  locale={locale}
                  chartHeight={slideChartHeight(panel, spec.panels.length)}
                  defaultScale={panel.kind === "trend" ? panel.scale : "linear"}
                  variant="slide"
                  labels={{
                    chartLabel: panel.title,
                    readoutEmpty: "",
                    readoutSource: "",
                    scaleLog: "",
                    scaleLinear: "",
                    toLinear: "",
                    toLog: "",
                    caveatTitles: {},
                  }}
                />
                <MarkLegend
                  scope={`${panel.id}-slide`}
                  layers={panel.layers}
                  statuses={statuses}
                  statusLabels={statusLabels}
                  marksLabel={tf("marks")}
                  rangeLabel={tf("range")}
                  mediumLabel={tf("tierMedium")}
                  className="mt-[0.5vw]"
                />
                {panel.kind === "trend" && panel.scale === "log" && <p>{tf("scaleLog")}</p>}
              </div>
            )
          })}
        </div>
        <div className="flex min-w-0 flex-col gap-[1.2vw]">
          {headline ? (
            <div data-headline>
              <p className="font-semibold">{t("headline")}</p>
              {/* Arabic needs the taller line: the dots below its letters (ي in حوالي) reach far under it. */}
              <p
                className={`text-[4.2vw] font-bold tabular-nums ${locale === "ar" ? "leading-[1.5]" : "leading-[1.1]"}`}
                data-headline-value
              >
                {headline.value}
              </p>
              <p>
                {headline.series}
                {COMMA[locale]}
                {headline.period}
              </p>
              <p className="mt-[0.5vw] flex flex-wrap items-center gap-[1vw]">
                <span className="text-[2.4vw] font-bold tabular-nums" data-headline-change>
                  {headline.change}
                </span>
                <VerdictBadge
                  verdict={headline.comparison.verdict}
                  label={tc(`verdict.${headline.comparison.verdict}`)}
                  size="large"
                />
              </p>
              {headline.likeForLike && <p>{headline.likeForLike}</p>}
              {headline.adjusted && <p>{headline.adjusted}</p>}
              {headline.assumptionsShort && (
                <p className="mt-[0.4vw] leading-snug" data-headline-assumptions>
                  {headline.assumptionsShort}
                </p>
              )}
            </div>
          ) : (
            <div data-headline data-no-change>
              <p className="font-semibold">{t("headline")}</p>
              <p className="text-[2vw] leading-snug font-bold">{slide.takeaway}</p>
            </div>
          )}
          {slide.yearNote && (
            <p className="font-semibold" data-year-note>
              {slide.yearNote}
            </p>
          )}
          <aside role="note" className="border-s-8 border-black bg-[#FFF4D6] p-[1vw]" data-callout>
            <p className="font-bold">{t("why")}</p>
            <ul className="list-disc ps-[1.6vw]">
              {slide.caveats.map((c) => (
                <li key={c.id} data-caveat-id={c.id}>
                  {c.title}
                </li>
              ))}
            </ul>
          </aside>
        </div>
      </div>
      <p data-slide-sources>{t("sources", { sources: slide.sourceLine })}</p>
      <aside data-notes aria-label={t("notesHeading")}>
        <p className="font-bold">{t("notesHeading")}</p>
        <ul className="list-disc space-y-[0.4vw] ps-[1.6vw]">
          {slide.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      </aside>
    </>
  )
}

/**
 * "What report counts miss", as a slide: the survey and disclosure figures and how few companies make the
 * reports, in their own units and never on a chart axis, so that the audience leaves knowing what the
 * report counts before it did not measure.
 */
export async function ReportGapsSlide({ dataset, locale }: { dataset: Dataset; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "gaps" })
  return (
    <div className="flex h-full min-h-0 flex-col gap-[1vw]" data-report-gaps-slide>
      <h2 className="text-[2.6vw] leading-tight font-bold">{t("heading")}</h2>
      <p className="text-[1.6vw] font-semibold" role="note">
        {t("slideLead")}
      </p>
      <ul className="grid min-h-0 grid-cols-2 gap-x-[2vw] gap-y-[0.6vw] text-[1.5vw] leading-snug">
        {GAP_KINDS.flatMap((kind) => dataset.context.filter((f) => f.kind === kind)).map((f) => (
          <li key={f.id} className="border-s-4 border-slate-500 ps-[0.8vw]" data-context-figure={f.id}>
            <span className="text-[2vw] font-bold tabular-nums">
              {formatContextValue(f, locale, (n) => t("oneIn", { n }))}
            </span>{" "}
            {f.population[locale]} {f.measure[locale]}.{" "}
            <span>
              (
              {f.published
                ? t("published", { study: f.study[locale], year: String(f.published) })
                : f.study[locale]}
              )
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}

export async function ClosingSlide({
  locale,
  slides,
  citationsPath,
  year,
}: {
  locale: Locale
  slides: FigureSlide[]
  citationsPath: string
  year?: number
}) {
  const t = await getTranslations({ locale, namespace: "briefing" })
  const tc = await getTranslations({ locale, namespace: "contentNote" })
  return (
    <div className="grid h-full grid-cols-2 gap-[3vw]">
      <div className="min-w-0">
        <h2 className="text-[2.6vw] font-bold">{t("closingTitle")}</h2>
        {year !== undefined && (
          <p className="mt-[1vw] font-semibold" data-deck-year>
            {t("closingYear", { year: String(year) })}
          </p>
        )}
        <p className="mt-[1vw] font-semibold">{t("closingSources")}</p>
        <ul className="list-disc ps-[1.6vw]">
          {slides.map((s) => (
            <li key={s.id}>
              {s.title}: {s.sourceLine}
            </li>
          ))}
        </ul>
        <p className="mt-[1vw] break-words">
          {t.rich("closingCitations", { url: () => <SiteAddress path={citationsPath} /> })}
        </p>
      </div>
      <div className="min-w-0" id="support">
        <p className="font-bold">{t("support")}</p>
        <ul className="space-y-[0.6vw]">
          {SUPPORT_RESOURCES.map((r) => (
            <li key={r.key}>
              <a href={r.url} lang="en" dir="ltr" className="font-semibold underline underline-offset-4">
                {tc(`resources.${r.key}.name`)}
              </a>
              <span className="block">{tc(`resources.${r.key}.description`)}</span>
            </li>
          ))}
        </ul>
        <p className="mt-[1vw] font-bold">{tc("notAlone")}</p>
      </div>
    </div>
  )
}
