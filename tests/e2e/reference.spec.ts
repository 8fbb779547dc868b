import { expect, test } from "@playwright/test"
import { localDay, plainCitation } from "@/lib/format/cite-this"
import { citeFields } from "@/lib/format/cite-fields"
import { getDataset } from "@/lib/data/dataset"
import { FIGURE_IDS } from "@/lib/charts/figure-defs"
import { GLOSSARY_IDS } from "@/lib/format/glossary"
import arCatalogue from "@/messages/ar.json"
import enCatalogue from "@/messages/en.json"

// The analyst's reference tools (issue 16): the glossary's anchors and the figures' links to them, the
// change log in both languages, the dashboard's table of contents, and the cite box's copied text.

const dataset = getDataset()

test("every glossary term has its anchor, and a link to one lands on that term", async ({ page }) => {
  await page.goto("/glossary")
  await expect(page.locator("h1")).toHaveText(enCatalogue.glossary.title)
  for (const id of GLOSSARY_IDS) await expect(page.locator(`[id="${id}"] dt`), id).toHaveCount(1)
  // The index at the top links every term, in the glossary's order.
  const index = await page
    .locator("[data-glossary-index] a")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")))
  expect(index).toEqual(GLOSSARY_IDS.map((id) => `#${id}`))
  await page.goto("/glossary#financial-sextortion")
  await expect(page.locator("#financial-sextortion")).toBeInViewport()
  await expect(page.locator("#financial-sextortion dt")).toHaveText("financial sextortion")
})

test("a figure's 'Terms used' links go to glossary anchors that exist, in each language", async ({
  page,
}) => {
  for (const [prefix, catalogue] of [
    ["", enCatalogue],
    ["/ar", arCatalogue],
  ] as const) {
    await page.goto(`${prefix}/figures/cybertipline`)
    const line = page.locator("[data-terms]")
    await expect(line).toContainText(catalogue.glossary.termsUsed)
    const hrefs = await line.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!))
    // CyberTipline draws bundled reports beside incidents, and marks Meta's default encryption.
    expect(hrefs).toEqual(
      expect.arrayContaining([`${prefix}/glossary#csam`, `${prefix}/glossary#report-vs-incident`]),
    )
    expect(hrefs).toContain(`${prefix}/glossary#e2ee`)
    await line.locator('a[data-term="report-vs-incident"]').click()
    await expect(page).toHaveURL(new RegExp(`${prefix}/glossary#report-vs-incident$`))
    await expect(page.locator("#report-vs-incident")).toBeInViewport()
    for (const href of hrefs) {
      const id = href.split("#")[1]!
      await expect(page.locator(`[id="${id}"]`), href).toHaveCount(1)
    }
  }
})

test("the change log is served in both languages, the log itself in English, and the footer links to it", async ({
  page,
}) => {
  const anchor = `v${dataset.meta.version.replaceAll(".", "-")}`
  for (const [path, catalogue, lang] of [
    ["/changelog", enCatalogue, "en"],
    ["/ar/changelog", arCatalogue, "ar"],
  ] as const) {
    const res = await page.goto(path)
    expect(res?.status()).toBe(200)
    await expect(page.locator("html")).toHaveAttribute("lang", lang)
    await expect(page.locator("h1")).toHaveText(catalogue.changelog.title)
    const log = page.locator("[data-changelog]")
    await expect(log).toHaveAttribute("lang", "en")
    await expect(log).toHaveAttribute("dir", "ltr")
    // The current release is there, under its own anchor; the file's own title is not repeated.
    await expect(log.locator(`h2#${anchor}`)).toContainText(dataset.meta.version)
    await expect(log.locator("h1")).toHaveCount(0)
    await expect(page.getByText(arCatalogue.changelog.keptInEnglish)).toHaveCount(lang === "ar" ? 1 : 0)
    await expect(
      page.locator("footer").getByRole("link", { name: catalogue.footer.changelog }),
    ).toHaveAttribute("href", path)
    await expect(
      page.locator("footer").getByRole("link", { name: catalogue.footer.glossary }),
    ).toHaveAttribute("href", lang === "ar" ? "/ar/glossary" : "/glossary")
  }
})

for (const path of ["/", "/ar"]) {
  test(`the table of contents on ${path} lists every part and each link lands on it, from the keyboard`, async ({
    page,
  }) => {
    await page.goto(path)
    const toc = page.locator("nav[data-toc]")
    const links = toc.locator("a")
    // Folded, so that the first chart stays in the first screen: it opens from the keyboard.
    await expect(links.first()).toBeHidden()
    await toc.locator("summary").focus()
    await page.keyboard.press("Enter")
    await expect(links.first()).toBeVisible()
    // The explainer, every figure, the report gaps, the general caveats and every series.
    await expect(links).toHaveCount(FIGURE_IDS.length + 4)
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!))
    expect(hrefs).toEqual(expect.arrayContaining(FIGURE_IDS.map((id) => `#figure-${id}`)))
    for (const [i, href] of hrefs.entries()) {
      await page.evaluate(() => window.scrollTo(0, 0))
      await links.nth(i).focus()
      await page.keyboard.press("Enter")
      await expect(page).toHaveURL(new RegExp(`${href}$`))
      const target = page.locator(href)
      await expect(target, href).toBeInViewport()
      // The link's text is the heading it leads to.
      const heading = href.startsWith("#figure-") ? target.locator("[id$='-title']").first() : target
      await expect(heading).toHaveText((await links.nth(i).textContent())!)
    }
  })
}

test("the table of contents is not printed", async ({ page }) => {
  await page.goto("/")
  await page.emulateMedia({ media: "print" })
  await expect(page.locator("nav[data-toc]")).toBeHidden()
})

test("cite this figure copies a citation with the figure's address and today's date, and BibTeX", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"])
  await page.goto("/figures/iwf")
  const cite = page.locator("[data-cite]")
  await cite.locator("summary").click()
  const today = localDay(new Date())
  const expected = plainCitation(citeFields(dataset, "iwf", "en"), new URL(baseURL!).origin, today)
  await cite.getByRole("button", { name: enCatalogue.cite.copyPlain }).click()
  await expect(cite.getByRole("status").first()).toHaveText(enCatalogue.cite.copied)
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected)
  // What is on screen is what is copied.
  await expect(cite.locator("[data-cite-plain]")).toHaveText(expected)

  await cite.getByRole("button", { name: enCatalogue.cite.copyBibtex }).click()
  const bibtex = await page.evaluate(() => navigator.clipboard.readText())
  expect(bibtex).toMatch(/^@misc\{csea-reporting-trends-iwf-/)
  expect(bibtex).toContain(`  url = {${new URL(baseURL!).origin}/figures/iwf},`)
  expect(bibtex).toContain(`  urldate = {${today}},`)
  expect(bibtex).toContain(`  version = {${dataset.meta.version}},`)
  await expect(cite.locator("[data-cite-bibtex]")).toHaveText(bibtex)
})

test("the Arabic cite box copies the Arabic citation of the Arabic page", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"])
  await page.goto("/ar/figures/genai")
  const cite = page.locator("[data-cite]")
  await cite.locator("summary").click()
  await cite.getByRole("button", { name: arCatalogue.cite.copyPlain }).click()
  const text = await page.evaluate(() => navigator.clipboard.readText())
  expect(text).toBe(
    plainCitation(citeFields(dataset, "genai", "ar"), new URL(baseURL!).origin, localDay(new Date())),
  )
  expect(text).toContain(`${new URL(baseURL!).origin}/ar/figures/genai`)
})

test("every figure on the dashboard has its cite box and its terms", async ({ page }) => {
  await page.goto("/")
  await expect(page.locator("figure[data-figure-id] [data-cite]")).toHaveCount(FIGURE_IDS.length)
  await expect(page.locator("figure[data-figure-id] [data-terms]")).toHaveCount(FIGURE_IDS.length)
})
