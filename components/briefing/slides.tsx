import { getTranslations } from "next-intl/server"
import { ChartBox } from "@/components/charts/chart-box"
import { MarkLegend } from "@/components/figure/mark-legend"
import { SiteAddress } from "@/components/site-address"
import { VerdictBadge } from "@/components/verdict-badge"
import { renderSvgTree } from "@/components/svg-tree"
import { layoutBridge, legendSwatch } from "@/lib/charts/bridge-layout"
import { bridgeLegend, bridgeSentence } from "@/lib/analysis/bridge-text"
import type { BridgeSlide, FigureSlide } from "@/lib/deck/slides"
import { slideChartHeight } from "@/lib/charts/size"
import type { FigureSpec } from "@/lib/charts/spec"
import { THEMES } from "@/lib/charts/colours"
import { coverageYears } from "@/lib/analysis/figure-year"
import { KINDS as GAP_KINDS } from "@/components/report-gaps"
import { COMMA, formatContextValue } from "@/lib/format/values"
import { labelStatuses, MARK_ORDER } from "@/lib/charts/marks"
import type { Dataset, Locale } from "@/lib/data/schema"
import { SUPPORT_RESOURCES } from "@/lib/format/support-resources"
import { buildExplainerExamples } from "@/lib/analysis/takeaway"
import { keyIn } from "@/lib/i18n/translate"

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
    <div className="flex h-full flex-col justify-center u-gap-29">
      <h1 className="u-text-69 leading-tight font-bold">{t("title", { years: coverageYears(dataset) })}</h1>
      <p className="u-text-42">{t("subtitle")}</p>
      {year !== undefined && (
        <p className="u-text-35 font-semibold" data-deck-year>
          {t("yearAbout", { year: String(year) })}
        </p>
      )}
      <p>{t("vintage", { date: dataset.meta.updated, version: dataset.meta.version })}</p>
      <p>
        {t("mainSource", { title: dataset.meta.seed.title[locale], publisher: dataset.meta.seed.publisher })}
      </p>
      <p>{t("sources", { sources })}</p>
      <p className="border-s-8 border-black u-ps-19" role="note">
        {t("contentNote")}
      </p>
      {invalid.length > 0 && <p role="status">{t("unknownFigures", { ids: invalid.join(", ") })}</p>}
      {invalidYear !== undefined && <p role="status">{t("yearIgnored", { value: invalidYear })}</p>}
      <p className="mt-auto" data-key-hints>
        {t("keys")}
      </p>
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
    <div className="flex h-full flex-col u-gap-29">
      <h2 className="u-text-58 font-bold">{t("howTitle")}</h2>
      <p className="u-text-38 font-semibold" role="note">
        {t("howLead")}
      </p>
      {/* A deck about an earlier year may have no written example for its changes: then the lead alone. */}
      {examples.length > 0 && (
        <ul className="list-disc u-space-y-19 u-ps-48">
          {examples.map((e) => (
            <li key={e.id}>{te.rich(keyIn("explainer", e.message), { ...e.values, b })}</li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** The talking points, on the slide itself (N shows them; the presenter view reads them from the deck). */
function SpeakerNotes({ heading, notes }: { heading: string; notes: string[] }) {
  return (
    <aside data-notes aria-label={heading}>
      <p className="font-bold">{heading}</p>
      <ul className="list-disc u-space-y-8 u-ps-31">
        {notes.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
    </aside>
  )
}

type FigureProps = { slide: FigureSlide; spec: FigureSpec; locale: Locale }

export async function FigureSlideView({ slide, spec, locale }: FigureProps) {
  const t = await getTranslations({ locale, namespace: "briefing" })
  const tc = await getTranslations({ locale, namespace: "compare" })
  const tf = await getTranslations({ locale, namespace: "figure" })
  const ts = await getTranslations({ locale, namespace: "status" })
  const statusLabels = labelStatuses((s) => ts(s))
  const { headline } = slide
  return (
    <>
      <h2 className="u-text-50 leading-tight font-bold">{slide.title}</h2>
      <div
        className="grid min-h-0 flex-1 grid-cols-[minmax(0,3fr)_minmax(0,2fr)] u-gap-48"
        data-slide-columns
      >
        {/* The sources close the chart column, so that "Why this moved" has the slide's full height. */}
        <div className="flex min-w-0 flex-col">
          {spec.panels.map((panel) => {
            const statuses = MARK_ORDER.filter((s) =>
              panel.layers.some((l) => l.points.some((p) => p.status === s)),
            )
            return (
              <div key={panel.id}>
                {spec.panels.length > 1 && <p className="font-semibold">{panel.title}</p>}
                <p className="sr-only">{panel.description}</p>
                <ChartBox
                  locale={locale}
                  panel={panel}
                  height={slideChartHeight(panel, spec.panels.length)}
                  defaultScale={panel.kind === "trend" ? panel.scale : "linear"}
                  variant="slide"
                  labels={{
                    chartLabel: panel.title,
                    readoutEmpty: "",
                    readoutSources: {},
                    scaleLog: "",
                    scaleLinear: "",
                    toLinear: "",
                    toLog: "",
                    caveatTitles: {},
                  }}
                />
                {/* The key in each theme's colours; app/globals.css shows the one the chart is drawn in
                    (light when printed, see components/charts/chart-theme.ts). */}
                {THEMES.map((theme) => (
                  <div key={theme} data-ink={theme}>
                    <MarkLegend
                      scope={`${panel.id}-slide-${theme}`}
                      layers={panel.layers}
                      statuses={statuses}
                      statusLabels={statusLabels}
                      marksLabel={tf("marks")}
                      rangeLabel={tf("range")}
                      mediumLabel={tf("tierMedium")}
                      className="u-mt-10"
                      theme={theme}
                    />
                  </div>
                ))}
                {panel.kind === "trend" && panel.scale === "log" && <p>{tf("scaleLog")}</p>}
              </div>
            )
          })}
          <p className="mt-auto u-text-28 leading-snug" data-slide-sources>
            {t("sources", { sources: slide.sourceLine })}
          </p>
        </div>
        <div className="flex min-w-0 flex-col u-gap-23">
          {headline ? (
            <div data-headline>
              <p className="font-semibold">{t("headline")}</p>
              {/* Arabic needs the taller line: the dots below its letters (ي in حوالي) reach far under it. */}
              <p
                className={`u-text-81 font-bold tabular-nums ${locale === "ar" ? "leading-[1.5]" : "leading-[1.1]"}`}
                data-headline-value
              >
                {headline.value}
              </p>
              <p>
                {headline.series}
                {COMMA[locale]}
                {headline.period}
              </p>
              <p className="u-mt-10 flex flex-wrap items-center u-gap-19">
                <span className="u-text-46 font-bold tabular-nums" data-headline-change>
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
                <p className="u-mt-8 leading-snug" data-headline-assumptions>
                  {headline.assumptionsShort}
                </p>
              )}
            </div>
          ) : (
            <div data-headline data-no-change>
              <p className="font-semibold">{t("headline")}</p>
              <p className="leading-snug font-semibold">{slide.takeaway}</p>
            </div>
          )}
          {slide.yearNote && (
            <p className="font-semibold" data-year-note>
              {slide.yearNote}
            </p>
          )}
          <aside
            role="note"
            className="border-s-8 border-black bg-[var(--color-callout)] u-p-19"
            data-callout
          >
            <p className="font-bold">{t("why")}</p>
            <ul className="list-disc u-ps-31 u-text-28 leading-snug">
              {slide.caveats.map((c) => (
                <li key={c.id} data-caveat-id={c.id}>
                  {c.title}
                </li>
              ))}
            </ul>
          </aside>
        </div>
      </div>
      <SpeakerNotes heading={t("notesHeading")} notes={slide.notes} />
    </>
  )
}

/** The bridge's drawing on a slide, in stage pixels: the slide's full width, less its padding. */
const SLIDE_DRAWING = { width: 1786, height: 330, fontSize: 22 }

/**
 * A change bridge as a slide, after the figure whose change it draws: the change in one line, the drawing
 * (the same node tree as the page and the files, lib/charts/bridge-layout.ts) in each theme's colours with its
 * legend, what each computed or qualified part is, with its range, and what the bridge rests on in full,
 * and its sources. The talking points (lib/analysis/bridge-text.ts bridgeTalkingPoints) read every part in full.
 * Time runs left to right in both languages.
 */
export async function BridgeSlideView({
  dataset,
  slide,
  locale,
}: {
  dataset: Dataset
  slide: BridgeSlide
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: "briefing" })
  const tb = await getTranslations({ locale, namespace: "bridge" })
  const { bridge } = slide
  const legend = bridgeLegend(dataset, bridge, locale)
  const label = bridgeSentence(bridge, locale)
  return (
    <>
      <h2 className="u-text-42 leading-tight font-bold">{bridge.def.title[locale]}</h2>
      <p className="font-bold" data-bridge-change>
        {tb("heading")} · {slide.change}
      </p>
      {/* The drawing across the slide: a bridge is wide, and its value labels need each column's room. */}
      {THEMES.map((theme) => (
        // On a phone the slide is reflowed, not scaled: the drawing keeps a readable width and scrolls
        // sideways in its own box (app/globals.css), which is focusable so a keyboard can scroll it.
        <div
          key={theme}
          data-ink={theme}
          dir="ltr"
          tabIndex={0}
          role="group"
          aria-label={tb("chartLabel", { title: bridge.def.title[locale] })}
          data-bridge-drawing
        >
          {renderSvgTree(
            layoutBridge(dataset, bridge, {
              locale,
              theme,
              width: SLIDE_DRAWING.width,
              height: SLIDE_DRAWING.height,
              fontSize: SLIDE_DRAWING.fontSize,
              scope: `slide-${bridge.def.id}-${theme}`,
            }),
            (node) =>
              node.tag === "svg"
                ? {
                    role: "img",
                    "aria-label": label,
                    width: undefined,
                    height: undefined,
                    fontFamily: "inherit",
                    className: "block h-auto w-full",
                  }
                : undefined,
          )}
        </div>
      ))}
      <div
        className="grid min-h-0 flex-1 grid-cols-[minmax(0,1fr)_minmax(0,1fr)] u-gap-48 u-text-28 leading-snug"
        data-slide-columns
      >
        <div className="min-w-0">
          {THEMES.map((theme) => (
            <ul key={theme} data-ink={theme} aria-label={tb("legend.title")} data-bridge-legend>
              {legend.map((item) => (
                <li key={item.key + item.text} className="flex items-center u-gap-10">
                  <span aria-hidden="true" className="inline-flex shrink-0">
                    {renderSvgTree(
                      legendSwatch(item.key, {
                        theme,
                        scope: `slide-legend-${bridge.def.id}-${item.key}-${theme}`,
                      }),
                    )}
                  </span>
                  {item.text}
                </li>
              ))}
            </ul>
          ))}
        </div>
        <div className="flex min-w-0 flex-col u-gap-12">
          <ul className="u-space-y-8" aria-label={tb("notes")} data-bridge-parts>
            {slide.parts.map((p) => (
              <li key={p.key} className="border-s-4 border-slate-500 u-ps-15" data-bridge-part-note={p.key}>
                <span className="font-semibold">{p.head}</span>
                {p.qualifies && <> ({p.qualifies})</>}
                {p.restsOn && <>. {p.restsOn}</>}
              </li>
            ))}
          </ul>
          {slide.assumptionsShort.length > 0 && (
            <p role="note" className="border-s-8 border-black bg-[var(--color-callout)] u-p-12" data-callout>
              {tb("assumes", { assumptions: slide.assumptionsShort.join(" ") })}
            </p>
          )}
        </div>
      </div>
      <p className="u-text-28 leading-snug" data-slide-sources>
        {slide.sourceLine}
      </p>
      <SpeakerNotes heading={t("notesHeading")} notes={slide.notes} />
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
    <div className="flex h-full min-h-0 flex-col u-gap-19" data-report-gaps-slide>
      <h2 className="u-text-50 leading-tight font-bold">{t("heading")}</h2>
      <p className="u-text-31 font-semibold" role="note">
        {t("slideLead")}
      </p>
      <ul
        className="grid min-h-0 grid-cols-2 u-gap-x-38 u-gap-y-12 u-text-29 leading-snug"
        data-slide-columns
      >
        {GAP_KINDS.flatMap((kind) => dataset.context.filter((f) => f.kind === kind)).map((f) => (
          <li key={f.id} className="border-s-4 border-slate-500 u-ps-15" data-context-figure={f.id}>
            <span className="u-text-38 font-bold tabular-nums">
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
    <div className="grid h-full grid-cols-2 u-gap-58" data-slide-columns>
      <div className="min-w-0">
        <h2 className="u-text-50 font-bold">{t("closingTitle")}</h2>
        {year !== undefined && (
          <p className="u-mt-19 font-semibold" data-deck-year>
            {t("closingYear", { year: String(year) })}
          </p>
        )}
        <p className="u-mt-19 font-semibold">{t("closingSources")}</p>
        <ul className="list-disc u-ps-31 u-text-28 leading-snug">
          {slides.map((s) => (
            <li key={s.id}>
              {s.title}: {s.sourceLine}
            </li>
          ))}
        </ul>
        <p className="u-mt-19 break-words">
          {t.rich("closingCitations", { url: () => <SiteAddress path={citationsPath} /> })}
        </p>
      </div>
      <div className="min-w-0" id="support">
        <p className="font-bold">{t("support")}</p>
        <ul className="u-space-y-12">
          {SUPPORT_RESOURCES.map((r) => (
            <li key={r.key}>
              <a href={r.url} lang="en" dir="ltr" className="font-semibold underline underline-offset-4">
                {tc(`resources.${r.key}.name`)}
              </a>
              <span className="block">{tc(`resources.${r.key}.description`)}</span>
            </li>
          ))}
        </ul>
        <p className="u-mt-19 font-bold">{tc("notAlone")}</p>
      </div>
    </div>
  )
}
