import { expect, test, type Page } from "@playwright/test"
import { expectNoViolations } from "./axe"

// The deck builder on /briefing and /ar/briefing: a deck built in the dialog opens from its address with
// the same figures, order and year. Expected values are fixed from data/observations/*.json.

test.use({ viewport: { width: 1600, height: 900 } })

async function open(page: Page, url: string) {
  await page.goto(url)
  await expect(page.locator(".deck[data-ready]")).toHaveCount(1)
}

async function openBuilder(page: Page) {
  const opener = page.locator("[data-deck-builder-open]")
  await expect(opener).toBeEnabled()
  await opener.click()
  const dialog = page.locator("dialog[data-deck-builder]")
  await expect(dialog).toBeVisible()
  return dialog
}

const slideIds = (page: Page) =>
  page.locator("[data-slide-id]").evaluateAll((els) => els.map((e) => e.getAttribute("data-slide-id")))

test("build a 2024 deck of three figures in a chosen order, present it, and reload it", async ({ page }) => {
  await open(page, "/briefing")
  const dialog = await openBuilder(page)
  await expect(dialog.locator("[data-builder-count]")).toHaveText("7 figures chosen")
  for (const id of ["genai", "enticement", "hosting", "inhope"])
    await dialog.locator(`[data-builder-figure="${id}"] input[type=checkbox]`).uncheck()
  await expect(dialog.locator("[data-builder-count]")).toHaveText("3 figures chosen")

  // IWF to the top from the keyboard: the focus stays on its button and each move is announced.
  const up = dialog.getByRole("button", { name: /^Move IWF reports assessed and confirmed.* up$/ })
  await up.focus()
  for (let i = 0; i < 6; i++) await page.keyboard.press("Enter")
  await expect(dialog.getByText(/: now 1 of 7$/)).toBeAttached()
  // At the top its up button is disabled, so the focus moved to its down button.
  await expect(up).toBeDisabled()
  await expect(dialog.getByRole("button", { name: /^Move IWF.* down$/ })).toBeFocused()
  const order = await dialog
    .locator("[data-builder-figure]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-builder-figure")))
  expect(order.slice(0, 2)).toEqual(["iwf", "cybertipline"])

  await dialog.locator("[data-builder-year]").selectOption("2024")
  await expect(dialog.locator('[data-builder-figure="sextortion"]')).toContainText("(2023 to 2024)")
  const built = "/briefing?figures=iwf,cybertipline,sextortion&year=2024"
  await expect(dialog.locator("[data-builder-address]")).toHaveValue(
    new RegExp(`${built.replace(/[?]/g, "\\?")}$`),
  )
  await expect(dialog.locator("[data-builder-pptx]")).toHaveAttribute(
    "href",
    "/api/briefing/pptx?lang=en&figures=iwf,cybertipline,sextortion&year=2024",
  )

  // The deck's keys do not reach the deck behind the dialog.
  await dialog.getByText(/^Choose the figures/).click()
  await page.keyboard.press("ArrowRight")
  await page.keyboard.press("n")
  await expect(page.locator("[data-slide-id][data-current]")).toHaveAttribute("data-slide-id", "title")
  await expect(page.locator(".deck")).toHaveAttribute("data-show-notes", "off")

  await expectNoViolations(page, "dialog[data-deck-builder]")

  await dialog.locator("[data-builder-present]").click()
  await expect(page).toHaveURL(new RegExp(`${built.replace(/[?]/g, "\\?")}$`))
  await expect(page.locator(".deck[data-ready]")).toHaveCount(1)
  for (const reload of [false, true]) {
    if (reload) {
      await page.reload()
      await expect(page.locator(".deck[data-ready]")).toHaveCount(1)
    }
    expect(await slideIds(page)).toEqual([
      "title",
      "how-to-read",
      "iwf",
      "cybertipline",
      // A 2024 deck keeps the bridges of changes that end by 2024.
      "bridge-cybertipline-2023-2024",
      "sextortion",
      "report-gaps",
      "closing",
    ])
    await expect(page.locator('[data-slide-id="title"] [data-deck-year]')).toHaveText(
      "About 2024: each figure leads with its latest change up to 2024.",
    )
    await expect(page.locator('[data-slide-id="closing"] [data-deck-year]')).toContainText("about 2024")
    const headline = (id: string) => page.locator(`[data-slide-id="${id}"] [data-headline-value]`)
    await expect(headline("iwf")).toHaveText("291,273")
    await expect(headline("cybertipline")).toHaveText("20.5 million")
    // Sextortion's 2024 is a range: a 2024 talk does not headline January–June 2025.
    await expect(headline("sextortion")).toHaveText("nearly 37,000 (range 11,625 to 37,000)")
    await expect(page.locator('[data-slide-id="sextortion"] [data-headline-change]')).toHaveText(
      "change not known",
    )
  }

  // The builder opens on the deck it built.
  const again = await openBuilder(page)
  await expect(again.locator("[data-builder-year]")).toHaveValue("2024")
  await expect(again.locator("[data-builder-count]")).toHaveText("3 figures chosen")
  await page.keyboard.press("Escape")
  await expect(again).toBeHidden()
  await expect(page.locator("[data-deck-builder-open]")).toBeFocused()
})

test("an Arabic deck about 2023, with a figure that has nothing to compare", async ({ page }) => {
  await open(page, "/ar/briefing")
  const dialog = await openBuilder(page)
  await dialog.locator("[data-builder-year]").selectOption("2023")
  await expect(dialog.locator('[data-builder-figure="genai"]')).toContainText("لا شيء للمقارنة في 2023")
  await expect(dialog.locator("[data-builder-address]")).toHaveValue(/\/ar\/briefing\?year=2023$/)
  await expectNoViolations(page, "dialog[data-deck-builder]")
  await dialog.locator("[data-builder-present]").click()
  await expect(page).toHaveURL(/\/ar\/briefing\?year=2023$/)
  await expect(page.locator(".deck[data-ready]")).toHaveCount(1)
  await expect(page.locator('[data-slide-id="cybertipline"] [data-headline-value]')).toHaveText("36,210,368")
  await expect(page.locator('[data-slide-id="genai"] [data-no-change]')).toContainText(
    "لا شيء للمقارنة في عام 2023",
  )
  await expect(page.locator('[data-slide-id="title"] [data-deck-year]')).toHaveText(
    "عن عام 2023: يبدأ كل شكل بآخر تغيّر فيه حتى عام 2023.",
  )
})

test("the language is a choice of the builder: English to Arabic keeps the figures and year", async ({
  page,
}) => {
  await open(page, "/briefing?figures=hosting,inhope&year=2024")
  const dialog = await openBuilder(page)
  await dialog.getByRole("radio", { name: /Arabic/ }).check()
  await expect(dialog.locator("[data-builder-address]")).toHaveValue(
    /\/ar\/briefing\?figures=hosting,inhope&year=2024$/,
  )
  await dialog.locator("[data-builder-present]").click()
  await expect(page).toHaveURL(/\/ar\/briefing\?figures=hosting,inhope&year=2024$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "ar")
})

test("a year no figure has a change in is ignored, and the title slide says which", async ({ page }) => {
  const res = await page.goto("/briefing?year=1999")
  expect(res?.status()).toBe(200)
  // The deck streams in behind its first-slide fallback: until it is swapped in, a slide is in the
  // document twice (the fallback's and the streamed copy's), so wait for the deck itself.
  await expect(page.locator(".deck[data-ready]")).toHaveCount(1)
  await expect(page.locator('[data-slide-id="title"]').getByRole("status")).toHaveText(
    "Year “1999” ignored: no figure has a change to compare in it. This deck shows each figure’s latest change.",
  )
  await expect(page.locator('[data-slide-id="sextortion"] [data-headline-value]')).toHaveText("18,898")
  await expect(page.locator("[data-deck-year]")).toHaveCount(0)
})

test("Print prints the built deck, and Open presenter view opens its presenter window beside it", async ({
  page,
}) => {
  // window.print is replaced in every document this page loads, the built deck's included.
  await page.addInitScript(() => {
    const w = window as unknown as { printed: number }
    w.printed = 0
    window.print = () => void w.printed++
  })
  await open(page, "/briefing")
  const printed = () => page.evaluate(() => (window as unknown as { printed: number }).printed)

  // The deck on screen prints at once.
  await (await openBuilder(page)).getByRole("button", { name: "Print", exact: true }).click()
  await expect.poll(printed).toBe(1)
  await expect(page.locator("dialog[data-deck-builder]")).toBeHidden()

  // Another deck is opened first, and prints itself once its charts are drawn.
  let dialog = await openBuilder(page)
  await dialog.locator('[data-builder-figure="genai"] input[type=checkbox]').uncheck()
  await dialog.locator("[data-builder-year]").selectOption("2023")
  await dialog.getByRole("button", { name: "Print", exact: true }).click()
  await expect(page).toHaveURL(
    /\/briefing\?figures=cybertipline,enticement,sextortion,hosting,inhope,iwf&year=2023$/,
  )
  await expect.poll(printed).toBe(1)
  await expect(page.locator('[data-slide-id="iwf"] [data-chart-panel] svg').first()).toBeAttached()

  dialog = await openBuilder(page)
  await dialog.locator("[data-builder-year]").selectOption("2024")
  const [presenter] = await Promise.all([
    page.waitForEvent("popup"),
    dialog.getByRole("button", { name: "Open presenter view" }).click(),
  ])
  const built = "/briefing?figures=cybertipline,enticement,sextortion,hosting,inhope,iwf&year=2024"
  await expect(presenter).toHaveURL(new RegExp(`${built.replace("?", "\\?")}&view=presenter&slide=1$`))
  await expect(page).toHaveURL(new RegExp(`${built.replace("?", "\\?")}$`))
  await expect(presenter.locator('.deck[data-view="presenter"][data-ready]')).toHaveCount(1)
  await expect(page.locator(".deck[data-ready]")).toHaveCount(1)
  // The two windows show the same deck, so they move together.
  await presenter.keyboard.press("ArrowRight")
  await expect(page.locator("[data-slide-id][data-current]")).toHaveAttribute("data-slide-id", "how-to-read")
})
