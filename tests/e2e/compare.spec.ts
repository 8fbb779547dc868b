import { expect, test } from "@playwright/test"
import { allComparisons } from "@/lib/analysis/compare"
import { pairSummary, pairView } from "@/lib/analysis/compare-pair"
import { getDataset } from "@/lib/data/dataset"
import { translatorFor } from "@/lib/i18n/translate"
import { getSeries } from "@/lib/data/observations"
import { areLikePeriods, comparePeriods } from "@/lib/data/period"
import { formatChangeWithAbsolute } from "@/lib/analysis/sentence"
import ar from "@/messages/ar.json"
import en from "@/messages/en.json"

const expected = allComparisons(getDataset())

test("/compare lists every consecutive like pair with the verdict lib/compare gives it", async ({ page }) => {
  await page.goto("/compare")
  const rows = page.locator("[data-comparison]")
  await expect(rows).toHaveCount(expected.length)
  const seen = await rows.evaluateAll((els) =>
    els.map((e) => [e.getAttribute("data-comparison"), e.getAttribute("data-verdict")]),
  )
  expect(seen).toEqual(expected.map((c) => [c.id, c.verdict]))
})

test("every change on /compare shows its verdict, and reasons or the comparable note", async ({ page }) => {
  await page.goto("/compare?source=ncmec")
  for (const row of await page.locator("[data-comparison]").all()) {
    await expect(row.locator("[data-verdict-badge]")).toHaveCount(1)
    const verdict = await row.getAttribute("data-verdict")
    if (verdict === "comparable") await expect(row).toContainText("No known change")
    else await expect(row.locator("[data-reasons] li").first()).toBeVisible()
  }
  const cyber = page.locator('[data-comparison="ncmec-cybertipline-reports:2023:2024"]')
  await expect(cyber).toHaveAttribute("data-verdict", "not-comparable")
  await expect(cyber.locator("[data-like-for-like]")).toContainText("−19%")
})

test("INHOPE 2023→2024 shows the total without SafeNet, with no change, and hides it when adjusted figures are off", async ({
  page,
}) => {
  await page.goto("/compare?series=inhope-reports&from=2023&to=2024")
  const row = page.locator('[data-comparison="inhope-reports:2023:2024"]')
  await expect(row).toHaveAttribute("data-verdict", "caution")
  await expect(row.locator("[data-adjusted]")).toHaveText(
    "Without INHOPE reports contributed by SafeNet Bulgaria: about 900,000 (range 850,000 to 950,000), change not measurable",
  )
  await expect(row.locator("[data-assumptions]")).toContainText(
    "SafeNet Bulgaria's 2023 contribution is not published",
  )
  // The selection route streams its controls: until React swaps the streamed boundary in, the fallback
  // controls and the hidden streamed ones are both in the document. Wait for the swap, then act.
  await expect(page.getByLabel("Show adjusted figures")).toHaveCount(1)
  await page.getByLabel("Show adjusted figures").uncheck()
  await expect(page).toHaveURL(/adjusted=false/)
  await expect(row.locator("[data-adjusted]")).toHaveCount(0)
})

test("a link reproduces a comparison, and the selection round-trips through the URL and history", async ({
  page,
}) => {
  await page.goto("/compare?series=ncmec-online-enticement-reports&from=2023&to=2024")
  await expect(page.locator("[data-comparison]")).toHaveCount(1)
  await expect(page.locator('[data-comparison="ncmec-online-enticement-reports:2023:2024"]')).toHaveAttribute(
    "data-verdict",
    "caution",
  )

  await page.goto("/compare")
  // Each choice is made once the previous view has appeared, as a person would.
  await page.getByLabel("Series", { exact: true }).selectOption("ncmec-genai-reports")
  await expect(page).toHaveURL(/series=ncmec-genai-reports/)
  await expect(page.locator("[data-comparison]")).toHaveCount(2)
  await page.getByLabel("From", { exact: true }).selectOption("2024-H1")
  await expect(page.locator("[data-comparison]")).toHaveCount(1)
  await page.getByLabel("To", { exact: true }).selectOption("2025-H1")
  await expect(page).toHaveURL(/from=2024-H1/)
  await expect(page).toHaveURL(/to=2025-H1/)
  await expect(page.locator("[data-comparison]")).toHaveCount(1)
  await expect(page.locator('[data-comparison="ncmec-genai-reports:2024-H1:2025-H1"]')).toBeVisible()

  await page.reload()
  await expect(page.locator('[data-comparison="ncmec-genai-reports:2024-H1:2025-H1"]')).toBeVisible()
  // The reloaded selection route streams its controls (see above): read them once they are swapped in.
  await expect(page.getByLabel("Series", { exact: true })).toHaveCount(1)
  await expect(page.getByLabel("Series", { exact: true })).toHaveValue("ncmec-genai-reports")

  // Back steps through the selections, one view per step.
  await page.goBack()
  await expect(page).not.toHaveURL(/to=2025-H1/)
  await expect(page.getByLabel("To", { exact: true })).toHaveValue("")
  await expect(page.locator('[data-comparison^="ncmec-genai-reports:2024-H1"]')).toHaveCount(1)
  await page.goBack()
  await expect(page).not.toHaveURL(/from=/)
  await expect(page.locator('[data-comparison^="ncmec-genai-reports:"]')).toHaveCount(2)
  await page.goBack()
  await expect(page).toHaveURL(/\/compare$/)
  await expect(page.locator("[data-comparison]")).toHaveCount(expected.length)
})

test("rapid Back presses land on the view the URL names, not on one in between", async ({ page }) => {
  await page.goto("/compare")
  await page.getByLabel("Series", { exact: true }).selectOption("ncmec-genai-reports")
  await expect(page.locator("[data-comparison]")).toHaveCount(2)
  await page.getByLabel("From", { exact: true }).selectOption("2024-H1")
  await expect(page.locator("[data-comparison]")).toHaveCount(1)
  await page.getByLabel("To", { exact: true }).selectOption("2025-H1")
  await expect(page).toHaveURL(/to=2025-H1/)
  // Three presses of Back, 40 ms apart: faster than each view renders.
  await page.evaluate(async () => {
    for (let i = 0; i < 3; i++) {
      history.back()
      await new Promise((r) => setTimeout(r, 40))
    }
  })
  await expect(page).toHaveURL(/\/compare$/)
  await expect(page.locator("[data-comparison]")).toHaveCount(expected.length)
  await expect(page.getByLabel("Series", { exact: true })).toHaveValue("")
  await expect(page.getByLabel("From", { exact: true })).toHaveValue("")
  await expect(page.getByLabel("To", { exact: true })).toHaveValue("")
})

test("bad parameters fall back to the default view with a visible note", async ({ page }) => {
  const res = await page.goto("/compare?series=not-a-series&from=%3Cscript%3E")
  expect(res?.status()).toBe(200)
  await expect(page.locator("[data-compare-notes]")).toContainText("There is no series “not-a-series”")
  await expect(page.locator("[data-comparison]")).toHaveCount(expected.length)
})

test("the copy button puts the caveated sentence on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"])
  await page.goto("/compare?series=ncmec-cybertipline-reports&from=2023&to=2024")
  const row = page.locator('[data-comparison="ncmec-cybertipline-reports:2023:2024"]')
  await row.getByRole("button", { name: "Copy sentence" }).click()
  await expect(row.getByRole("status")).toHaveText("Copied to the clipboard")
  const text = await page.evaluate(() => navigator.clipboard.readText())
  expect(text).toMatch(
    /^CyberTipline reports fell from 36,210,368 \(2023\) to 20\.5 million \(2024\), a decrease of about 15\.7 million \(43%\)\./,
  )
  expect(text).toContain("not comparable")
  // The source spelled out and findable (issue 16): the GTA's full name, each page's address.
  expect(text).toContain("Global Threat Assessment 2025 (GTA 2025), footnote 12")
  expect(text).toContain("https://www.missingkids.org/")
  await expect(row.locator("[data-sentence]")).toHaveText(text)
})

test("each figure's changes carry their verdicts and link to the comparison", async ({ page }) => {
  await page.goto("/")
  const change = page.locator(
    '[data-figure-id="cybertipline"] [data-change-id="ncmec-cybertipline-reports:2023:2024"]',
  )
  await expect(change).toHaveAttribute("data-verdict", "not-comparable")
  await change.getByRole("link", { name: "why" }).click()
  await expect(page).toHaveURL(/\/compare\?series=ncmec-cybertipline-reports&from=2023&to=2024$/)
  await expect(page.locator("[data-comparison]")).toHaveCount(1)
})

test("/sources puts the sources side by side and /sources/ncmec explains bundling", async ({ page }) => {
  await page.goto("/sources")
  const table = page.locator("[data-sources-table]")
  for (const name of ["NCMEC", "INHOPE", "IWF"])
    await expect(table.getByRole("columnheader", { name })).toBeVisible()
  await expect(page.getByRole("note")).toContainText("cannot be added up")
  await table.getByRole("link", { name: "NCMEC" }).click()
  await expect(page).toHaveURL(/\/sources\/ncmec$/)
  await expect(page.locator("[data-source-facts]")).toContainText("bundled")
  await expect(page.locator("#caveat-ncmec-bundling-2024")).toContainText("bundles related reports")
  await expect(page.locator("[data-series-chart]")).toHaveCount(10)
  await expect(page.locator('[data-series-chart="ncmec-cybertipline-reports"] [data-mark]')).toHaveCount(4)
})

test("/compare names the figures it does not compare because they are not yet verified, in both languages", async ({
  page,
}) => {
  const unverified = getDataset().observations.filter(
    (o) => !o.variant && o.citations.every((c) => c.kind === "primary" && c.confidence === "low"),
  )
  expect(unverified.length).toBeGreaterThan(0)
  for (const path of ["/compare", "/ar/compare"]) {
    await page.goto(path)
    const note = page.locator("[data-compare-unverified]")
    await expect(note).toBeVisible()
    // NCMEC's 2025 total is known only second-hand: it is named, and no comparison reaches it.
    await expect(note).toContainText("2025")
    await expect(page.locator('[data-comparison="ncmec-cybertipline-reports:2024:2025"]')).toHaveCount(0)
  }
})

const pair = pairView(getDataset(), "2023", "2024")
const messages = { en: en.compare, ar: ar.compare }

for (const locale of ["en", "ar"] as const) {
  const prefix = locale === "ar" ? "/ar" : ""
  test(`${prefix}/compare?from=2023&to=2024 shows every series with both years, each card with its verdict, reasons and absolute change`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/compare?from=2023&to=2024`)
    const rows = page.locator("[data-comparison]")
    await expect(rows).toHaveCount(pair.comparisons.length)
    const seen = await rows.evaluateAll((els) =>
      els.map((e) => [e.getAttribute("data-comparison"), e.getAttribute("data-verdict")]),
    )
    expect(seen).toEqual(pair.comparisons.map((c) => [c.id, c.verdict]))
    // Grouped by source, with a summary naming how many series have the pair and which do not.
    await expect(page.locator('section[aria-labelledby^="cmp-source-"]')).toHaveCount(pair.sources.length)
    const summary = page.locator("[data-compare-pair-summary]")
    await expect(summary).toContainText(String(pairSummary(pair).series))
    await expect(summary.locator("[data-compare-gap]")).toHaveCount(pair.gaps.length)
    await expect(summary.locator('[data-compare-gap="inhope-safenet-bulgaria-reports"]')).toContainText(
      "2023",
    )
    const t = translatorFor(locale, "compare")
    for (const c of pair.comparisons) {
      const row = page.locator(`[data-comparison="${c.id}"]`)
      await expect(row.locator("[data-verdict-badge]")).toHaveCount(1)
      if (c.verdict === "comparable") await expect(row).toContainText(messages[locale].verdictHelp.comparable)
      else await expect(row.locator("[data-reasons] li").first()).toBeVisible()
      if (!c.smallBase)
        await expect(row.locator("[data-change]")).toHaveText(
          formatChangeWithAbsolute(c, getSeries(getDataset(), c.seriesId)!.unit, locale, t),
        )
    }
    const cyber = page.locator('[data-comparison="ncmec-cybertipline-reports:2023:2024"] [data-change]')
    if (locale === "en") await expect(cyber).toHaveText("about −15.7 million (−43%)")
    else await expect(cyber).toContainText("مليون")
  })
}

test("From and To work without a series, with a hint saying what they do, in both languages", async ({
  page,
}) => {
  for (const locale of ["en", "ar"] as const) {
    await page.goto(locale === "ar" ? "/ar/compare" : "/compare")
    const from = page.getByLabel(messages[locale].from, { exact: true })
    const to = page.getByLabel(messages[locale].to, { exact: true })
    await expect(from).toBeEnabled()
    await expect(to).toBeEnabled()
    await expect(from).toHaveAccessibleDescription(messages[locale].hint.pair)
    await expect(to).toHaveAccessibleDescription(messages[locale].hint.pair)
  }
  await page.goto("/compare")
  await page.getByLabel("From", { exact: true }).selectOption("2023")
  await expect(page).toHaveURL(/from=2023/)
  await expect(page.locator("[data-compare-notes]")).toContainText("Choose both From and To")
  await page.getByLabel("To", { exact: true }).selectOption("2024")
  await expect(page).toHaveURL(/from=2023&to=2024/)
  await expect(page.locator("[data-comparison]")).toHaveCount(pair.comparisons.length)
  await expect(page.locator("[data-compare-pair-summary]")).toBeVisible()
  await expect(page.locator("[data-compare-notes]")).toHaveCount(0)
  // Choosing a series narrows to it, and the hint says what From and To now do.
  await page.getByLabel("Series", { exact: true }).selectOption("ncmec-genai-reports")
  await expect(page).toHaveURL(/series=ncmec-genai-reports/)
  await expect(page.getByLabel("From", { exact: true })).toHaveAccessibleDescription(en.compare.hint.series)
})

test("To offers only the periods after From, and moves to the next when From passes it", async ({ page }) => {
  await page.goto("/compare")
  await page.getByLabel("Series", { exact: true }).selectOption("ncmec-cybertipline-reports")
  await expect(page).toHaveURL(/series=ncmec-cybertipline-reports/)
  await page.getByLabel("From", { exact: true }).selectOption("2021")
  await expect(page).toHaveURL(/from=2021/)
  await page.getByLabel("To", { exact: true }).selectOption("2022")
  await expect(page).toHaveURL(/from=2021&to=2022/)
  // From passes To: To moves to the next period, in the same navigation, and the status line says so.
  await page.getByLabel("From", { exact: true }).selectOption("2023")
  await expect(page).toHaveURL(/from=2023&to=2024/)
  await expect(page.getByLabel("To", { exact: true })).toHaveValue("2024")
  await expect(page.locator("[data-to-note]")).toHaveText(
    en.compare.toMoved.replace("{to}", "2024").replace("{from}", "2023"),
  )
  await expect(page.locator('[data-comparison="ncmec-cybertipline-reports:2023:2024"]')).toBeVisible()
  await expect(page.locator("[data-compare-notes]")).toHaveCount(0)
  // Every To but "Each pair" is later than From and of its kind; From still offers the series' periods.
  const values = (label: string) =>
    page
      .getByLabel(label, { exact: true })
      .locator("option")
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value))
  const to = (await values("To")).filter(Boolean)
  expect(to.length).toBeGreaterThan(0)
  for (const p of to) expect(areLikePeriods("2023", p) && comparePeriods("2023", p) < 0, p).toBe(true)
  expect(await values("From")).toEqual(expect.arrayContaining(["2021", "2022", "2023", "2024"]))
})

test("bad From and To values get a clear message and the default view", async ({ page }) => {
  const cases: [string, string][] = [
    ["/compare?from=2024&to=2023", "“2024” is not before “2023”"],
    ["/compare?from=2024&to=2024", "“2024” is not before “2024”"],
    ["/compare?from=1999&to=2024", "“1999” is not a period of any series"],
    ["/compare?from=2024&to=2025-H1", "are not like periods"],
    ["/ar/compare?from=2024&to=2023", "«2024» ليست قبل «2023»"],
  ]
  for (const [url, text] of cases) {
    const res = await page.goto(url)
    expect(res?.status(), url).toBe(200)
    await expect(page.locator("[data-compare-notes]"), url).toContainText(text)
    await expect(page.locator("[data-comparison]"), url).toHaveCount(expected.length)
    await expect(page.locator("[data-compare-pair-summary]"), url).toHaveCount(0)
  }
})
