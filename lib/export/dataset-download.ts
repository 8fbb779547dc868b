import JSZip from "jszip"
import { getDataset } from "../data/dataset"
import { badRequest, withErrorHandling } from "../http/responses"
import { translatorFor } from "../i18n/translate"
import {
  filterObservations,
  OBSERVATION_CSV_COLUMNS,
  observationRows,
  observationsToCsv,
} from "../data/observations"
import { publicOrigin } from "../http/public-origin"
import { DATASET_DOWNLOAD_QUERY_SPEC, parseQuery } from "../http/api-query"
import type { Dataset, Locale } from "../data/schema"
import { binaryBuilder, binaryResponse } from "./binary"
import { datasetFilename } from "./file-names"
import { aboutSheet, caveatsSheet, citationsSheet, citedOf, sheetOf, sourcesSheet } from "./sheets"
import { sheetToCsv, writeWorkbook, type WorkbookModel } from "./xlsx"
import { queryLocale } from "../i18n/locale"

export const ZIP_CONTENT_TYPE = "application/zip"

/** The files of the full download, by what each is, named with the language and dataset version. */
function datasetFileNames(locale: Locale, version: string) {
  return {
    observations: datasetFilename("observations", locale, version, "csv"),
    workbook: datasetFilename("observations", locale, version, "xlsx"),
    caveats: datasetFilename("caveats", locale, version, "csv"),
    sources: datasetFilename("sources", locale, version, "csv"),
    citations: datasetFilename("citations", locale, version, "csv"),
    readme: "README.txt",
  }
}

/** The dashboard's home page in the download's language, at the address the request came by. */
const dashboardAddress = (origin: string, locale: Locale) => `${origin}${locale === "ar" ? "/ar" : "/"}`

/**
 * Every observation as a workbook: Observations (the columns of the observations CSV, values as number
 * cells), Caveats, Sources, Citations (every citation of every observation and caveat, one to a row),
 * and About (the dataset's version, date and address).
 */
export function datasetWorkbookModel(dataset: Dataset, locale: Locale, origin: string): WorkbookModel {
  const t = translatorFor(locale, "spreadsheet")
  const observations = filterObservations(dataset, {})
  const sheets = [
    sheetOf(
      t("sheet.observations"),
      OBSERVATION_CSV_COLUMNS,
      observationRows(dataset, observations, locale),
      locale,
    ),
    caveatsSheet(dataset.caveats, locale),
    sourcesSheet(dataset.sources, locale),
    citationsSheet(citedOf(observations, dataset.caveats), dataset, locale),
  ]
  const title = dataset.meta.title[locale]
  return {
    locale,
    title,
    date: dataset.meta.updated,
    sheets: [
      ...sheets,
      aboutSheet(
        locale,
        { title: t("about.allFigures"), address: dashboardAddress(origin, locale), dataset },
        sheets,
      ),
    ],
  }
}

/**
 * The README, in the download's language from the message catalogue (download.readme): what each file
 * is, what a "report" means at each source (the sources' own unitMeaning), the statuses, and that
 * report counts reflect detection and reporting capacity, not prevalence.
 */
function datasetReadme(dataset: Dataset, locale: Locale, origin: string): string {
  const t = translatorFor(locale, "download")
  const files = datasetFileNames(locale, dataset.meta.version)
  const title = t("readme.title", { title: dataset.meta.title[locale] })
  const lines = [
    title,
    "=".repeat(title.length),
    "",
    t("readme.version", {
      version: dataset.meta.version,
      date: dataset.meta.updated,
      seed: `${dataset.meta.seed.title[locale]}, ${dataset.meta.seed.publisher}`,
    }),
    t("readme.address", { url: dashboardAddress(origin, locale) }),
    "",
    t("readme.notPrevalence"),
    "",
    t("readme.caveats"),
    "",
    t("readme.filesHeading"),
    `- ${t("readme.observations", { file: files.observations })}`,
    `- ${t("readme.workbook", { file: files.workbook })}`,
    `- ${t("readme.caveatsFile", { file: files.caveats })}`,
    `- ${t("readme.sourcesFile", { file: files.sources })}`,
    `- ${t("readme.citationsFile", { file: files.citations })}`,
    `- ${t("readme.readmeFile", { file: files.readme })}`,
    "",
    t("readme.reportsHeading"),
    ...dataset.sources.map((s) => `- ${s.name[locale]}: ${s.unitMeaning[locale]}`),
    "",
    t("readme.statusesHeading"),
    ...(["reported", "approximate", "implied", "preliminary"] as const).map((s) => `- ${t(`readme.${s}`)}`),
    "",
  ]
  // In Arabic each line opens with a right-to-left mark: a line that begins with a file name or a status
  // id (Latin letters) would otherwise be laid out left to right by a plain-text editor.
  const directed = locale === "ar" ? lines.map((l) => (l ? `\u200F${l}` : l)) : lines
  // A byte-order mark and CRLF, so that Notepad and other Windows editors show the Arabic as UTF-8.
  return `\uFEFF${directed.join("\r\n")}`
}

/** The full download: one zip of the CSV files, the workbook and the README. */
export async function buildDatasetZip(
  dataset: Dataset,
  locale: Locale,
  origin: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const files = datasetFileNames(locale, dataset.meta.version)
  const model = datasetWorkbookModel(dataset, locale, origin)
  const [, caveats, sources, citations] = model.sheets
  // The dataset's date on every entry, not the build's: the same data makes the same zip.
  const date = new Date(`${dataset.meta.updated}T00:00:00Z`)
  const zip = new JSZip()
  zip.file(files.readme, datasetReadme(dataset, locale, origin), { date })
  // As GET /api/observations?format=csv sends it (with a byte-order mark), every observation.
  zip.file(
    files.observations,
    `\uFEFF${observationsToCsv(dataset, filterObservations(dataset, {}), locale)}`,
    {
      date,
    },
  )
  // An .xlsx is a zip already: stored, not compressed again.
  zip.file(files.workbook, await writeWorkbook(model), { date, compression: "STORE" })
  zip.file(files.caveats, sheetToCsv(caveats!), { date })
  zip.file(files.sources, sheetToCsv(sources!), { date })
  zip.file(files.citations, sheetToCsv(citations!), { date })
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" })
  const own = new Uint8Array(bytes.byteLength)
  own.set(bytes)
  return own
}

/**
 * Built downloads, by dataset version, language and the address they name (binary.ts). One is about
 * 150 KB: at most 16 files or 16 MB.
 */
const buildOnce = binaryBuilder(16, 16 * 1024 * 1024)

/** GET /api/dataset/download?lang=en|ar: the whole dataset in one zip. */
export const datasetDownloadHandler = withErrorHandling(async (request: Request) => {
  const query = parseQuery(new URL(request.url).searchParams, DATASET_DOWNLOAD_QUERY_SPEC)
  if (!query.ok) return badRequest(query.error)
  const locale = queryLocale(query.value.lang)
  const dataset = getDataset()
  const where = publicOrigin(request.headers)
  const file = await buildOnce(
    ["dataset", locale, where.origin],
    datasetFilename("dataset", locale, dataset.meta.version, "zip"),
    () => buildDatasetZip(dataset, locale, where.origin),
  )
  return binaryResponse(request, file, ZIP_CONTENT_TYPE, where)
})
