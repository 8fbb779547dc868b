import { readFile } from "node:fs/promises"
import { expect, test, type Locator, type Page } from "@playwright/test"
import { getChartContent } from "@/lib/charts/content"
import caveats from "@/data/caveats.json"
import { getDataset } from "@/lib/data/dataset"
import { FIGURE_IDS } from "@/lib/charts/figure-defs"
import JSZip from "jszip"
import ar from "@/messages/ar.json"
import en from "@/messages/en.json"
import { XLSX_CONTENT_TYPE } from "@/lib/export/xlsx"
import { readPptx } from "../unit/pptx-file"
import { readXlsx } from "../unit/xlsx-file"

const dataset = getDataset()
const messages = { en, ar } as const
/** File names carry the dataset version: `<figure-id>_<locale>_<dataset-version>.<ext>`. */
const VERSION = dataset.meta.version

// A figure has two toolbars where it has a change bridge: its chart's, and the bridge's own.
const chartTools = (figure: Locator) => figure.locator('[data-export-part="chart"]')

async function download(page: Page, figure: Locator, name: RegExp) {
  const tools = chartTools(figure)
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    tools.getByRole("button", { name }).or(tools.getByRole("link", { name })).click(),
  ])
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) }
}

const textOf = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1]!.replace(/&#39;/g, "'").replace(/&amp;/g, "&"))
    .join(" ")

// Downloads must preserve the chart's data and its provenance: an image that travels without its caveats
// spreads exactly the misreading this product exists to prevent.
// The caveats and source line two figures' downloads must carry, written out from data/caveats.json and
// data/figures (not computed by the export code under test).
const EXPECTED: Record<string, { caveats: string[]; sources: string }> = {
  cybertipline: {
    caveats: [
      "2024: related reports bundled into one",
      "Meta's default end-to-end encryption (December 2023)",
      "Several major platforms cut report volumes by about 20 % (2024)",
      "NCMEC's own 2024 report could not be checked",
      "NCMEC's full-year 2025 figures are known only second-hand",
      "A few companies make most CyberTipline reports",
    ],
    sources: "NCMEC · GTA 2025, footnote 12",
  },
  inhope: {
    caveats: [
      "One hotline, SafeNet Bulgaria, contributed 1.6 million of INHOPE's 2024 reports",
      "The GTA 2025 states INHOPE's 2024 total two ways",
    ],
    sources: "INHOPE · GTA 2025, footnote 13",
  },
}

for (const id of FIGURE_IDS) {
  test(`${id}: the downloaded SVG still carries its caveats and its sources`, async ({ page }) => {
    await page.goto("/")
    const figure = page.locator(`[data-figure-id="${id}"]`)
    const { name, body } = await download(page, figure, /SVG/)
    expect(name).toBe(`${id}_en_${VERSION}.svg`)
    const text = textOf(body.toString("utf8"))
    // Every figure's download carries at least one numbered caveat and a source line.
    expect(text).toMatch(/(^| )1\. \S/)
    expect(text).toMatch(/Sources: \S/)
    const expected = EXPECTED[id]
    if (expected) {
      expected.caveats.forEach((title, i) => expect(text).toContain(`${i + 1}. ${title}`))
      expect(text).toContain(`Sources: ${expected.sources}`)
    }
    expect(text).toContain(`Dataset ${VERSION}`)
  })
}

test("the PNG is a real PNG at least 1600 px wide, drawn from the same composition", async ({ page }) => {
  await page.goto("/")
  const figure = page.locator('[data-figure-id="genai"]')
  const { name, body } = await download(page, figure, /PNG/)
  expect(name).toBe(`genai_en_${VERSION}.png`)
  expect(body.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a")
  expect(body.readUInt32BE(16)).toBeGreaterThanOrEqual(1600)
  const svg = await (await page.request.get("/api/figures/genai/export?format=svg&lang=en")).text()
  const width = Number(/<svg [^>]*width="(\d+)"/.exec(svg)![1])
  const height = Number(/<svg [^>]*height="(\d+)"/.exec(svg)![1])
  expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([width * 2, height * 2])
})

test("the CSV has caveat and citation columns and exactly the rows of the figure's table", async ({
  page,
}) => {
  await page.goto("/")
  const figure = page.locator('[data-figure-id="inhope"]')
  const { name, body } = await download(page, figure, /CSV/)
  expect(name).toBe(`inhope_en_${VERSION}.csv`)
  expect(body.subarray(0, 3).toString("hex")).toBe("efbbbf")
  const lines = body.toString("utf8").slice(1).trimEnd().split("\r\n")
  const header = lines[0]!.split(",")
  expect(header).toContain("caveat")
  expect(header).toContain("citation")
  await expect(figure.locator("[data-row-key]")).toHaveCount(lines.length - 1)
})

test("the JSON download has the rows and caveats", async ({ page }) => {
  await page.goto("/")
  const { name, body } = await download(page, page.locator('[data-figure-id="enticement"]'), /JSON/)
  expect(name).toBe(`enticement_en_${VERSION}.json`)
  const json = JSON.parse(body.toString("utf8"))
  expect(json.caveats.map((c: { id: string }) => c.id)).toContain("report-act-2024")
})

test("copy image puts a PNG on the clipboard; copy link puts the figure's address", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"])
  await page.goto("/")
  const figure = page.locator('[data-figure-id="cybertipline"]')
  await chartTools(figure).getByRole("button", { name: "Copy image" }).click()
  await expect(chartTools(figure).locator("[data-export-status]")).toHaveText("Image copied to the clipboard")
  const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((i) => i.types))
  expect(types).toContain("image/png")
  await chartTools(figure).getByRole("button", { name: "Copy link" }).click()
  await expect(chartTools(figure).locator("[data-export-status]")).toHaveText("Link copied to the clipboard")
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/figures/cybertipline`)
})

test("presentation size gives a 16:9 SVG and PNG, named apart from the standard ones", async ({ page }) => {
  await page.goto("/")
  const figure = page.locator('[data-figure-id="sextortion"]')
  await chartTools(figure).getByLabel("Image size").selectOption("presentation")
  await expect(chartTools(figure).getByRole("link", { name: /SVG/ })).toHaveAttribute(
    "href",
    /size=presentation/,
  )
  const { name, body } = await download(page, figure, /SVG/)
  expect(name).toBe(`sextortion_en_${VERSION}_16x9.svg`)
  expect(body.toString("utf8")).toMatch(/<svg [^>]*width="1920" height="1080"/)
  const png = await download(page, figure, /PNG/)
  expect(png.name).toBe(`sextortion_en_${VERSION}_16x9.png`)
  expect([png.body.readUInt32BE(16), png.body.readUInt32BE(20)]).toEqual([3840, 2160])
})

test("a size chosen before the page has hydrated is the size downloaded", async ({ page }) => {
  // Hold the scripts back so the choice is made on the server HTML, as on a slow laptop.
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route("**/_next/static/chunks/**", async (route) => {
    await held
    await route.continue()
  })
  await page.goto("/", { waitUntil: "commit" })
  const figure = page.locator('[data-figure-id="inhope"]')
  await chartTools(figure).getByLabel("Image size").selectOption("presentation")
  release()
  await expect(chartTools(figure).getByRole("link", { name: /SVG/ })).toHaveAttribute(
    "href",
    /size=presentation/,
  )
  await expect(chartTools(figure).getByLabel("Image size")).toHaveValue("presentation")
})

test("an Arabic export from /ar is in Arabic, right to left", async ({ page }) => {
  await page.goto("/ar")
  const { name, body } = await download(page, page.locator('[data-figure-id="iwf"]'), /SVG/)
  expect(name).toBe(`iwf_ar_${VERSION}.svg`)
  const svg = body.toString("utf8")
  expect(svg).toMatch(/<svg [^>]*lang="ar"/)
  expect(svg).not.toContain("direction=")
  expect(textOf(svg)).toContain("لماذا تغيّر هذا الرقم")
  // Mostly Arabic: far more Arabic letters than Latin ones (organisation names stay in Latin script).
  const arabic = textOf(svg).match(/[\u0600-\u06FF]/g)!.length
  const latin = textOf(svg).match(/[A-Za-z]/g)!.length
  expect(arabic).toBeGreaterThan(latin * 3)
})

test("/embed/cybertipline shows the figure with its callout and source, and may be framed", async ({
  page,
  request,
}) => {
  const res = await page.goto("/embed/cybertipline")
  expect(res?.headers()["content-security-policy"]).toContain("frame-ancestors *")
  await expect(page.getByRole("note")).toContainText("2024: related reports bundled into one")
  await expect(page.locator("figcaption")).toContainText("Sources:")
  await expect(page.locator("[data-mark]")).toHaveCount(6)
  const notEmbed = await request.get("/")
  expect(notEmbed.headers()["x-frame-options"]).toBe("DENY")
  expect(notEmbed.headers()["content-security-policy"]).toContain("frame-ancestors 'none'")
  // A query string cannot remove the caveats.
  await page.goto("/embed/cybertipline?callout=0&caveats=off")
  await expect(page.getByRole("note")).toBeVisible()
})

test("each figure offers its embed code", async ({ page }) => {
  await page.goto("/")
  const figure = page.locator('[data-figure-id="genai"]')
  await figure.locator("summary", { hasText: "Embed code" }).click()
  await expect(figure.locator("[data-embed-code]")).toHaveValue(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/genai" title=".+" /,
  )
})

test("a figure's PowerPoint download is its slide with its chart and notes, then its bridge's slide", async ({
  page,
}) => {
  await page.goto("/figures/inhope")
  const figure = page.locator('[data-figure-id="inhope"]')
  const { name, body } = await download(page, figure, /PowerPoint/)
  expect(name).toBe(`figure-inhope_en_${VERSION}.pptx`)
  const { slides } = await readPptx(new Uint8Array(body))
  // INHOPE has a change bridge (data/bridges.json): its slide follows the figure's, with its picture.
  expect(slides).toHaveLength(2)
  expect(slides[1]!.texts[0]).toMatch(/^Why it moved, drawn: INHOPE 2023→2024/)
  expect(slides[1]!.images).toHaveLength(1)
  expect(slides[0]!.texts).toContain("2,497,438")
  expect(slides[0]!.images).toHaveLength(1)
  // The figure's first caveat (SafeNet Bulgaria), its full text from data/caveats.json, is in the notes.
  const caveat = caveats.find((c) => c.id === "safenet-bulgaria-2024")!
  expect(slides[0]!.notes.join("\n")).toContain(caveat.text.en)
})

for (const locale of ["en", "ar"] as const) {
  test(`${locale}: a figure's spreadsheet download is an .xlsx workbook of its data, caveats and citations`, async ({
    page,
  }) => {
    await page.goto(locale === "ar" ? "/ar/figures/inhope" : "/figures/inhope")
    const figure = page.locator('[data-figure-id="inhope"]')
    const link = chartTools(figure).locator('[data-download="xlsx"]')
    await expect(link).toHaveText(messages[locale].export.xlsx)
    // The change bridge's own toolbar offers no workbook (the API makes none for part=bridge).
    const bridgeTools = figure.locator('[data-export-part="bridge"]')
    await expect(bridgeTools).toHaveCount(1)
    await expect(bridgeTools.locator('[data-download="xlsx"]')).toHaveCount(0)
    const { name, body } = await download(page, figure, /xlsx/)
    expect(name).toBe(`inhope_${locale}_${VERSION}.xlsx`)
    const res = await page.request.get((await link.getAttribute("href"))!)
    expect(res.headers()["content-type"]).toBe(XLSX_CONTENT_TYPE)
    const sheets = await readXlsx(new Uint8Array(body))
    const s = messages[locale].spreadsheet.sheet
    expect(sheets.map((x) => x.name)).toEqual([s.data, s.caveats, s.citations, s.about])
    for (const x of sheets) expect(x.rightToLeft).toBe(locale === "ar")
    const rows = getChartContent(dataset, { kind: "figure", id: "inhope" }, locale)!.observations
    const value = sheets[0]!.header.indexOf(messages[locale].spreadsheet.column.value)
    expect(sheets[0]!.rows.map((r) => r[value]!.value)).toEqual(rows.map((o) => o.value))
  })

  test(`${locale}: the footer's full-dataset download is one zip with a README`, async ({ page }) => {
    await page.goto(locale === "ar" ? "/ar/sources" : "/sources")
    const link = page.locator('footer [data-download="dataset"]')
    const [file] = await Promise.all([page.waitForEvent("download"), link.click()])
    expect(file.suggestedFilename()).toBe(`dataset_${locale}_${VERSION}.zip`)
    const zip = await JSZip.loadAsync(await readFile((await file.path())!))
    expect(Object.keys(zip.files)).toContain("README.txt")
    expect(await zip.file("README.txt")!.async("string")).toContain(
      messages[locale].download.readme.notPrevalence,
    )
    const res = await page.request.get((await link.getAttribute("href"))!)
    expect(res.headers()["content-type"]).toBe("application/zip")
  })
}
