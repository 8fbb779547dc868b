import JSZip from "jszip"
import PptxGenJS from "pptxgenjs"
import { buildFigureSlide, deckOrder, type BridgeSlide, type FigureSlide } from "../deck/slides"
import type { Verdict } from "../analysis/compare"
import { buildFigureSpec } from "../charts/spec"
import { getDataset } from "../data/dataset"
import { getChartSpec } from "../charts/served-spec"
import { coverageYears } from "../analysis/figure-year"
import type { FigureId } from "../charts/figure-defs"
import { COMMA, CONTEXT_KINDS, formatContextValue } from "../format/values"
import { localizedPath } from "../i18n/paths"
import { plainTranslatorFor, translatorFor } from "../i18n/translate"
import { deckPath } from "../deck/url"
import type { Dataset, Locale } from "../data/schema"
import { SUPPORT_RESOURCES } from "../format/support-resources"
import { bridgeSentence } from "../analysis/bridge-text"
import { buildExplainerExamples } from "../analysis/takeaway"
import { buildBridgePictureSvg } from "./bridge-export"
import { buildChartImageSvg } from "./figure-export"
import { svgToPngBuffer } from "./raster"
import { officeSafeBidi } from "./text"

/**
 * The briefing deck as a PowerPoint file: the same slides, in the same order and language, as the HTML
 * deck (components/briefing/briefing-deck.tsx): title, how to read report data, one slide per figure,
 * what report counts miss, sources and support. Everything said is an editable text box; each chart is
 * a picture of the presentation SVG export's drawing (lib/export/raster.ts). The talking points and every
 * caveat in full are the speaker notes; every slide's footer names the dataset version and the deck's
 * own address.
 */

export { PPTX_CONTENT_TYPE, pptxFilename } from "./pptx-names"

/** A paragraph of a text slide. */
type Para = { text: string; size: number; bold?: boolean; color?: string; link?: string; bullet?: boolean }

type DeckSlide =
  | { kind: "text"; id: string; title: string; columns: Para[][]; notes: string[] }
  | { kind: "figure"; id: FigureId; title: string; figure: FigureSlide; verdict: string; notes: string[] }
  | { kind: "bridge"; id: string; title: string; bridge: BridgeSlide; notes: string[] }

export type DeckModel = {
  locale: Locale
  title: string
  /** "Dataset 1.4.0 (2026-11-30) · https://…/briefing": on every slide. */
  footer: string
  address: string
  slides: DeckSlide[]
  /** The year the deck is about (undefined: each figure's latest change); its charts follow it. */
  year?: number
}

const TEXT = "1E1E1E"
const MUTED = "333333"
const LINK = "1E40AF"
// The verdict's colour only repeats its words (components/verdict-badge.tsx).
const VERDICT_COLOR: Record<Verdict, string> = {
  comparable: "065F46",
  caution: "92400E",
  "not-comparable": "991B1B",
}

/** The figures' slides and their bridges', in the HTML deck's order (lib/deck/slides.ts deckOrder). */
function figureAndBridgeSlides(
  dataset: Dataset,
  ids: readonly FigureId[],
  locale: Locale,
  year?: number,
): DeckSlide[] {
  return deckOrder(dataset, figureSlides(dataset, ids, locale, year), locale, year).map((e) =>
    e.kind === "figure"
      ? e.slide
      : { kind: "bridge", id: e.slide.id, title: e.slide.title, bridge: e.slide, notes: e.slide.notes },
  )
}

function figureSlides(dataset: Dataset, ids: readonly FigureId[], locale: Locale, year?: number) {
  const tt = translatorFor(locale, "briefing")
  const tc = translatorFor(locale, "compare")
  return ids.map((id) => {
    const figure = buildFigureSlide(dataset, id, locale, tt, (v) => tc(`verdict.${v}`), year)
    return {
      kind: "figure" as const,
      id,
      title: figure.title,
      figure,
      // A figure with nothing to compare up to the deck's year has no verdict (lib/deck/slides.ts).
      verdict: figure.headline ? tc(`verdict.${figure.headline.comparison.verdict}`) : "",
      notes: speakerNotes(figure),
    }
  })
}

/**
 * The slide's talking points, then every caveat in full under its title. The talking points already end
 * with each caveat ("{title}: {text}"); a caveat is repeated only when its text is not among them, so
 * a reader of the notes never misses one and never reads one twice.
 */
function speakerNotes(figure: FigureSlide): string[] {
  const notes = [...figure.notes]
  for (const c of figure.caveats) {
    if (!notes.some((n) => n.includes(c.text))) notes.push(`${c.title}: ${c.text}`)
  }
  return notes
}

/** The deck's own address, as the deck's links write it (lib/deck/url.ts). */
function deckAddress(origin: string, locale: Locale, ids: readonly FigureId[], year?: number): string {
  return `${origin}${deckPath({ locale, figures: ids, ...(year !== undefined ? { year } : {}) })}`
}

/**
 * The whole deck, as the HTML deck builds it from `?figures=` (`ids` and `invalid` from parseFigureList)
 * and `?year=` (one of talkYears, or undefined for each figure's latest change).
 */
export function buildDeckModel(
  dataset: Dataset,
  locale: Locale,
  ids: readonly FigureId[],
  invalid: readonly string[],
  origin: string,
  year?: number,
): DeckModel {
  const t = plainTranslatorFor(locale, "briefing")
  const tg = translatorFor(locale, "gaps")
  const tn = translatorFor(locale, "contentNote")
  const te = plainTranslatorFor(locale, "explainer")
  const tc = translatorFor(locale, "compare")
  const address = deckAddress(origin, locale, ids, year)
  const figures = figureSlides(dataset, ids, locale, year)
  const sources = dataset.sources.map((s) => s.shortName).join(COMMA[locale])
  const { examples } = buildExplainerExamples(dataset, locale, (v) => tc(`verdict.${v}`).toLowerCase(), year)
  const sourcesPage = `${origin}${localizedPath("/sources", locale)}`
  const title = t("title", { years: coverageYears(dataset) })

  const slides: DeckSlide[] = [
    {
      kind: "text",
      id: "title",
      title,
      columns: [
        [
          { text: t("subtitle"), size: 24 },
          ...(year !== undefined
            ? [{ text: t("yearAbout", { year: String(year) }), size: 18, bold: true }]
            : []),
          { text: t("vintage", { date: dataset.meta.updated, version: dataset.meta.version }), size: 16 },
          {
            text: t("mainSource", {
              title: dataset.meta.seed.title[locale],
              publisher: dataset.meta.seed.publisher,
            }),
            size: 16,
          },
          { text: t("sources", { sources }), size: 16 },
          { text: t("contentNote"), size: 16, bold: true },
          ...(invalid.length > 0
            ? [{ text: t("unknownFigures", { ids: invalid.join(", ") }), size: 14 }]
            : []),
        ],
      ],
      notes: [t("openingNote")],
    },
    {
      kind: "text",
      id: "how-to-read",
      title: t("howTitle"),
      columns: [
        [
          { text: t("howLead"), size: 20, bold: true },
          ...examples.map((e) => ({ text: te(e.message, e.values), size: 16, bullet: true })),
        ],
      ],
      notes: [t("howLead"), t("talk.worse")],
    },
    ...figureAndBridgeSlides(dataset, ids, locale, year),
    {
      kind: "text",
      id: "report-gaps",
      title: tg("heading"),
      columns: [
        [
          { text: tg("slideLead"), size: 18, bold: true },
          ...CONTEXT_KINDS.flatMap((kind) => dataset.context.filter((f) => f.kind === kind)).map((f) => {
            const value = formatContextValue(f, locale, (n) => tg("oneIn", { n }))
            const study = f.published
              ? tg("published", { study: f.study[locale], year: String(f.published) })
              : f.study[locale]
            return {
              text: `${value} ${f.population[locale]} ${f.measure[locale]}. (${study})`,
              size: 13,
              bullet: true,
            }
          }),
        ],
      ],
      notes: [tg("intro"), tg("slideNote")],
    },
    {
      kind: "text",
      id: "closing",
      title: t("closingTitle"),
      columns: [
        [
          ...(year !== undefined
            ? [{ text: t("closingYear", { year: String(year) }), size: 14, bold: true }]
            : []),
          { text: t("closingSources"), size: 16, bold: true },
          ...figures.map((s) => ({ text: `${s.title}: ${s.figure.sourceLine}`, size: 12, bullet: true })),
          // The address on a line of its own, linked: LibreOffice breaks a linked run anywhere, even
          // inside a word, and a right-to-left line reorders an address that runs on from Arabic.
          {
            text: plainTranslatorFor(locale, "briefing", { url: () => "" })("closingCitations").trim(),
            size: 12,
          },
          { text: sourcesPage, size: 12, color: LINK, link: sourcesPage },
        ],
        [
          { text: tn("heading"), size: 16, bold: true },
          { text: tn("body"), size: 12 },
          { text: t("support"), size: 16, bold: true },
          ...SUPPORT_RESOURCES.flatMap((r) => [
            { text: tn(`resources.${r.key}.name`), size: 13, bold: true },
            { text: r.url, size: 11, color: LINK, link: r.url },
            { text: tn(`resources.${r.key}.description`), size: 12 },
          ]),
          { text: tn("notAlone"), size: 14, bold: true },
        ],
      ],
      notes: [t("closingNote")],
    },
  ]
  return {
    locale,
    title,
    footer: footer(dataset, locale, address),
    address,
    slides,
    ...(year !== undefined ? { year } : {}),
  }
}

/** One figure as a deck (its slide, and its bridge's where it has one); its address is the figure's own page, like the figure's other files. */
export function buildFigureDeckModel(
  dataset: Dataset,
  locale: Locale,
  id: FigureId,
  origin: string,
): DeckModel {
  // The figure's slide and its bridge's: a figure's file carries the bridge of its change.
  const slides = figureAndBridgeSlides(dataset, [id], locale)
  const address = `${origin}${localizedPath(`/figures/${id}`, locale)}`
  return { locale, title: slides[0]!.title, footer: footer(dataset, locale, address), address, slides }
}

function footer(dataset: Dataset, locale: Locale, address: string): string {
  const te = translatorFor(locale, "export")
  const dataset_ = te("dataset", { version: dataset.meta.version, date: dataset.meta.updated })
  return translatorFor(locale, "briefing")("pptxFooter", { dataset: dataset_, address })
}

// ---------------------------------------------------------------------------------------------------
// Writing the file

// LAYOUT_WIDE: 13.333 × 7.5 inches, 16:9.
const W = 13.333
const MARGIN = 0.5
const INNER = W - 2 * MARGIN

/**
 * Text options every run shares. Arabic runs are right to left (`rtlMode`, which PowerPoint and
 * LibreOffice read as the paragraph's direction), right-aligned, tagged ar-SA, and name Noto Sans
 * Arabic, the face the pages use, which pptxgenjs writes as the Latin, East Asian and complex-script
 * typeface. Where Noto Sans Arabic is not installed, PowerPoint and LibreOffice substitute another font
 * with Arabic (Arial, Tahoma or DejaVu Sans): the letters still join and run right to left, since
 * shaping is the presentation program's, but the type looks different and lines may wrap elsewhere.
 * English runs name Arial, present on every machine that opens a .pptx (Geist, the pages' face, is
 * rarely installed and is not embedded).
 */
function base(locale: Locale) {
  return locale === "ar"
    ? { fontFace: "Noto Sans Arabic", lang: "ar-SA", rtlMode: true, align: "right" as const }
    : { fontFace: "Arial", lang: "en-GB", align: "left" as const }
}

function runs(paras: Para[], locale: Locale): PptxGenJS.TextProps[] {
  return paras.map((p) => ({
    text: p.text,
    options: {
      ...base(locale),
      fontSize: p.size,
      bold: p.bold,
      color: p.color ?? TEXT,
      breakLine: true,
      paraSpaceAfter: 4,
      ...(p.bullet ? { bullet: { indent: 14 } } : {}),
      ...(p.link ? { hyperlink: { url: p.link } } : {}),
    },
  }))
}

function addTitle(slide: PptxGenJS.Slide, title: string, locale: Locale, size: number, h = 0.9) {
  slide.addText(title, {
    ...base(locale),
    x: MARGIN,
    y: 0.3,
    w: INNER,
    h,
    fontSize: size,
    bold: true,
    color: TEXT,
    valign: "top",
    fit: "shrink",
    objectName: "Title",
  })
}

function addFooter(slide: PptxGenJS.Slide, model: DeckModel) {
  slide.addText(model.footer, {
    ...base(model.locale),
    x: MARGIN,
    y: 7.05,
    w: INNER,
    h: 0.3,
    fontSize: 9,
    color: MUTED,
    valign: "middle",
    objectName: "Footer",
  })
}

/** A chart or bridge slide's foot: its sources line across the slide, its notes and the footer. */
function addSourcesNotesFooter(slide: PptxGenJS.Slide, sources: string, notes: string[], model: DeckModel) {
  slide.addText(sources, {
    ...base(model.locale),
    x: MARGIN,
    y: 6.5,
    w: INNER,
    h: 0.5,
    fontSize: 10,
    color: MUTED,
    valign: "top",
    fit: "shrink",
    objectName: "Sources",
  })
  slide.addNotes(notes.join("\n\n"))
  addFooter(slide, model)
}

function addTextSlide(pptx: PptxGenJS, s: Extract<DeckSlide, { kind: "text" }>, model: DeckModel) {
  const slide = pptx.addSlide()
  const { locale } = model
  const isTitle = s.id === "title"
  addTitle(slide, s.title, locale, isTitle ? 36 : 28, isTitle ? 1.4 : 0.9)
  const top = isTitle ? 1.9 : 1.35
  const gap = 0.4
  const n = s.columns.length
  const colW = (INNER - gap * (n - 1)) / n
  s.columns.forEach((column, i) => {
    // Right to left, the first column is the right-hand one.
    const index = locale === "ar" ? n - 1 - i : i
    slide.addText(runs(column, locale), {
      ...base(locale),
      x: MARGIN + index * (colW + gap),
      y: top,
      w: colW,
      h: 6.9 - top,
      valign: "top",
      fit: "shrink",
      objectName: `Body ${i + 1}`,
    })
  })
  slide.addNotes(s.notes.join("\n\n"))
  addFooter(slide, model)
}

type Picture = { data: string; width: number; height: number; alt: string }

async function chartPicture(id: FigureId, locale: Locale, year?: number): Promise<Picture> {
  // The chart of the year the deck is about, as the HTML deck draws it (components/briefing/briefing-deck.tsx).
  const spec =
    year === undefined
      ? getChartSpec({ kind: "figure", id }, locale)!
      : buildFigureSpec(getDataset(), id, locale, translatorFor(locale, "chart"), year)
  const chart = buildChartImageSvg({ kind: "figure", id }, locale, spec)!
  return pngPicture(chart.svg, locale, spec.panels.map((p) => p.description).join(" "))
}

/** An SVG as a slide's picture: a PNG at 2×, given as data (never a path or URL), with its words. */
async function pngPicture(svg: string, locale: Locale, alt: string): Promise<Picture> {
  const { png, width, height } = await svgToPngBuffer(svg, locale, 2)
  return { data: `image/png;base64,${png.toString("base64")}`, width, height, alt }
}

/**
 * A chart or bridge picture in a 7.6-inch column on the reading-start side (left in English, right in
 * Arabic), as in the SVG export, at most `boxH` tall; returns the text column beside it.
 */
function addPicture(
  slide: PptxGenJS.Slide,
  picture: Picture,
  locale: Locale,
  top: number,
  boxH: number,
  objectName: string,
): { textX: number; textW: number } {
  const rtl = locale === "ar"
  const chartW = 7.6
  const colGap = 0.35
  const textW = INNER - chartW - colGap
  const chartX = rtl ? MARGIN + textW + colGap : MARGIN
  const scale = Math.min(chartW / picture.width, boxH / picture.height)
  const w = picture.width * scale
  slide.addImage({
    data: picture.data,
    x: rtl ? chartX + chartW - w : chartX,
    y: top,
    w,
    h: picture.height * scale,
    altText: picture.alt,
    objectName,
  })
  return { textX: rtl ? MARGIN : MARGIN + chartW + colGap, textW }
}

function addFigureSlide(
  pptx: PptxGenJS,
  s: Extract<DeckSlide, { kind: "figure" }>,
  picture: Picture,
  model: DeckModel,
) {
  const t = translatorFor(model.locale, "briefing")
  const te = translatorFor(model.locale, "export")
  const slide = pptx.addSlide()
  const { locale } = model
  const { figure } = s
  const { headline } = figure
  addTitle(slide, figure.title, locale, 26)

  const top = 1.3
  const { textX, textW } = addPicture(slide, picture, locale, top, 5.0, "Chart")

  const b = base(locale)
  let y = top
  if (headline) {
    slide.addText(
      [
        { text: t("headline"), options: { ...b, fontSize: 12, bold: true, color: MUTED, breakLine: true } },
        { text: headline.value, options: { ...b, fontSize: 34, bold: true, color: TEXT, breakLine: true } },
        {
          text: `${headline.series}${COMMA[locale]}${headline.period}`,
          options: { ...b, fontSize: 12, color: TEXT },
        },
      ],
      { ...b, x: textX, y, w: textW, h: 1.45, valign: "top", fit: "shrink", objectName: "Headline" },
    )
    y += 1.5
    slide.addText(
      [
        { text: headline.change, options: { ...b, fontSize: 20, bold: true, color: TEXT } },
        { text: "  ", options: { ...b, fontSize: 20 } },
        {
          text: s.verdict,
          options: {
            ...b,
            fontSize: 16,
            bold: true,
            color: VERDICT_COLOR[headline.comparison.verdict],
          },
        },
      ],
      {
        ...b,
        x: textX,
        y,
        w: textW,
        h: 0.75,
        valign: "top",
        fit: "shrink",
        objectName: "Change and verdict",
      },
    )
    y += 0.8
    const extra = [headline.likeForLike, headline.adjusted, headline.assumptionsShort].filter(
      (x): x is string => Boolean(x),
    )
    if (extra.length > 0) {
      slide.addText(
        extra.map((text) => ({ text, options: { ...b, fontSize: 11, color: TEXT, breakLine: true } })),
        { ...b, x: textX, y, w: textW, h: 1.15, valign: "top", fit: "shrink", objectName: "Like for like" },
      )
      y += 1.2
    }
  } else {
    // Nothing to compare up to the year the deck is about: the slide says so where the headline would be.
    slide.addText(
      [
        { text: t("headline"), options: { ...b, fontSize: 12, bold: true, color: MUTED, breakLine: true } },
        { text: figure.takeaway, options: { ...b, fontSize: 16, bold: true, color: TEXT } },
      ],
      { ...b, x: textX, y, w: textW, h: 2.2, valign: "top", fit: "shrink", objectName: "Headline" },
    )
    y += 2.3
  }
  if (figure.yearNote) {
    slide.addText(figure.yearNote, {
      ...b,
      x: textX,
      y,
      w: textW,
      h: 0.6,
      fontSize: 11,
      bold: true,
      color: TEXT,
      valign: "top",
      fit: "shrink",
      objectName: "Year note",
    })
    y += 0.65
  }
  slide.addText(
    [
      { text: t("why"), options: { ...b, fontSize: 14, bold: true, color: TEXT, breakLine: true } },
      ...figure.caveats.map((c) => ({
        text: c.title,
        options: { ...b, fontSize: 12, color: TEXT, bullet: { indent: 12 }, breakLine: true },
      })),
    ],
    {
      ...b,
      x: textX,
      y,
      w: textW,
      h: 6.4 - y,
      valign: "top",
      fit: "shrink",
      fill: { color: "FFF4D6" },
      line: { color: "1E1E1E", width: 0 },
      objectName: "Why this moved",
    },
  )
  addSourcesNotesFooter(slide, te("sources", { sources: figure.sourceLine }), s.notes, model)
}

async function bridgePicture(slide: BridgeSlide, locale: Locale): Promise<Picture> {
  const { svg } = buildBridgePictureSvg(getDataset(), slide.bridge, locale)
  return pngPicture(svg, locale, bridgeSentence(slide.bridge, locale))
}

/**
 * A bridge's slide: the drawing and its legend as a picture on the reading-start side; the change, what
 * each computed or qualified part is (with its range), what the bridge rests on and its sources as text
 * boxes; every part in full, and the caveats, in the speaker notes.
 */
function addBridgeSlide(
  pptx: PptxGenJS,
  s: Extract<DeckSlide, { kind: "bridge" }>,
  picture: Picture,
  model: DeckModel,
) {
  const tb = translatorFor(model.locale, "bridge")
  const slide = pptx.addSlide()
  const { locale } = model
  const b = base(locale)
  const { bridge } = s
  addTitle(slide, bridge.title, locale, 24)
  slide.addText(bridge.change, {
    ...b,
    x: MARGIN,
    y: 1.2,
    w: INNER,
    h: 0.5,
    fontSize: 18,
    bold: true,
    color: TEXT,
    valign: "top",
    fit: "shrink",
    objectName: "Change",
  })
  const top = 1.8
  const { textX, textW } = addPicture(slide, picture, locale, top, 4.6, "Bridge")
  const partsH = bridge.assumptions.length > 0 ? 2.6 : 4.6
  slide.addText(
    [
      { text: tb("notes"), options: { ...b, fontSize: 14, bold: true, color: TEXT, breakLine: true } },
      ...bridge.parts.map((p) => ({
        text: [p.qualifies ? `${p.head} (${p.qualifies})` : p.head, p.restsOn].filter(Boolean).join(". "),
        options: {
          ...b,
          fontSize: 12,
          color: TEXT,
          bullet: { indent: 12 },
          breakLine: true,
          paraSpaceAfter: 4,
        },
      })),
    ],
    {
      ...b,
      x: textX,
      y: top,
      w: textW,
      h: partsH,
      valign: "top",
      fit: "shrink",
      objectName: "What each part is",
    },
  )
  // What the whole bridge rests on, in full: the file has the room the projected slide does not.
  if (bridge.assumptions.length > 0)
    slide.addText(tb("assumes", { assumptions: bridge.assumptions.join(" ") }), {
      ...b,
      x: textX,
      y: top + partsH + 0.1,
      w: textW,
      h: 4.6 - partsH - 0.1,
      fontSize: 11,
      color: TEXT,
      valign: "top",
      fit: "shrink",
      fill: { color: "FFF4D6" },
      objectName: "Rests on",
    })
  addSourcesNotesFooter(slide, bridge.sourceLine, s.notes, model)
}

/**
 * The file. The chart pictures are drawn one after the other (the rasteriser's fonts are shared), then
 * the slides are written in order; pptxgenjs zips in memory and reads nothing from the network (every
 * picture is given as data, never as a path or URL).
 */
export async function writeDeck(model: DeckModel): Promise<Buffer> {
  const pptx = new PptxGenJS()
  pptx.layout = "LAYOUT_WIDE"
  pptx.title = model.title
  pptx.subject = model.address
  // Right-to-left presentation: PowerPoint lays its slide list and tables out from the right.
  pptx.rtlMode = model.locale === "ar"
  pptx.theme = { headFontFace: base(model.locale).fontFace, bodyFontFace: base(model.locale).fontFace }
  const pictures = new Map<string, Picture>()
  for (const s of model.slides) {
    if (s.kind === "figure") pictures.set(s.id, await chartPicture(s.id, model.locale, model.year))
    if (s.kind === "bridge") pictures.set(s.id, await bridgePicture(s.bridge, model.locale))
  }
  for (const s of model.slides) {
    if (s.kind === "figure") addFigureSlide(pptx, s, pictures.get(s.id)!, model)
    else if (s.kind === "bridge") addBridgeSlide(pptx, s, pictures.get(s.id)!, model)
    else addTextSlide(pptx, s, model)
  }
  const out = (await pptx.write({ outputType: "nodebuffer", compression: true })) as Buffer
  return notesAsParagraphs(out, model)
}

const escapeXml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!)

/**
 * pptxgenjs writes a slide's notes as one run in US English, line breaks and all, with no direction.
 * Each note becomes its own paragraph here, in the deck's language, right to left in Arabic, so the
 * speaker's view reads like the slide (PowerPoint and LibreOffice both show notes paragraph by
 * paragraph).
 */
async function notesAsParagraphs(file: Buffer, model: DeckModel): Promise<Buffer> {
  const zip = await JSZip.loadAsync(file)
  const rtl = model.locale === "ar"
  const lang = base(model.locale).lang
  for (const [i, slide] of model.slides.entries()) {
    const name = `ppt/notesSlides/notesSlide${i + 1}.xml`
    const xml = await zip.file(name)?.async("string")
    if (xml === undefined) throw new Error(`${name} is missing`)
    const paragraphs = slide.notes
      .map(
        (n) =>
          `<a:p>${rtl ? '<a:pPr rtl="1" algn="r"/>' : ""}<a:r><a:rPr lang="${lang}" dirty="0"/><a:t>${escapeXml(n)}</a:t></a:r></a:p>`,
      )
      .join("")
    // The body placeholder's text, from its <a:bodyPr/> to the end of its txBody. The text shrinks to
    // fit the printed notes page (normAutofit): a figure's notes carry every caveat in full, and on a
    // notes page at full size they ran off its foot, where LibreOffice drops them from a PDF.
    const body = /(<p:ph type="body" idx="1"\/>[\s\S]*?)<a:bodyPr\/>[\s\S]*?(<\/p:txBody>)/
    if (!body.test(xml)) throw new Error(`${name}: no notes placeholder`)
    zip.file(
      name,
      xml.replace(
        body,
        (_, open: string, close: string) =>
          `${open}<a:bodyPr><a:normAutofit/></a:bodyPr><a:lstStyle/>${paragraphs}${close}`,
      ),
    )
  }
  // Every slide's and note's text with embeddings for isolates, which LibreOffice draws wrongly (text.ts).
  for (const name of Object.keys(zip.files).filter((f) =>
    /^ppt\/(slides|notesSlides)\/[^/]+\.xml$/.test(f),
  )) {
    zip.file(name, officeSafeBidi(await zip.file(name)!.async("string")))
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" })
}
