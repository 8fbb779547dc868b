import { expect, test, type Page } from "@playwright/test"
import { expectNoViolations } from "./axe"
import { pdfWords } from "./pdf"

// The change bridges (issue 18): drawn on the server (there with JavaScript off, printed from the
// browser's own menu), read part by part from the keyboard, with time left to right in Arabic too, and
// linked from the changes they draw. Expected words and counts are written out, not computed.

const BRIDGES = [
  {
    figure: "cybertipline",
    id: "cybertipline-2023-2024",
    parts: 6,
    first: "Reports, 2023: 36,210,368.",
    arFirst: "البلاغات، 2023: 36,210,368.",
    labels: ["Meta: fewer incidents", "Bundling: related reports counted as one"],
    change: "2023 to 2024: about −15.7 million in all.",
  },
  {
    figure: "inhope",
    id: "inhope-2023-2024",
    parts: 3,
    first: "Records, 2023: 785,322.",
    arFirst: "السجلات، 2023: 785,322.",
    labels: ["Rise, not split by hotline", "SafeNet Bulgaria"],
    change: "2023 to 2024: +1,712,116 in all.",
  },
  {
    figure: "enticement",
    id: "enticement-2023-2024",
    parts: 4,
    first: "All of 2023: 186,819.",
    arFirst: "عام 2023 كاملًا: 186,819.",
    labels: ["January–June 2024", "US REPORT Act signed, 7 May 2024"],
    change: "2023 to 2024: more than +359,000 in all.",
  },
  {
    figure: "genai",
    id: "genai-2024h1-2025h1",
    parts: 4,
    first: "January–June 2024: 6,835.",
    arFirst: "يناير–يونيو 2024: 6,835.",
    labels: ["Amazon: known CSAM in AI", "January–June 2025 (New York Times)"],
    change: "Jan–Jun 2024 to Jan–Jun 2025: +433,584 in all.",
  },
]

const drawing = (page: Page, id: string) => page.locator(`[data-bridge="${id}"] [data-bridge-drawing] svg`)

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false })
  for (const b of BRIDGES) {
    test(`${b.figure}: the bridge is in the server HTML, every part drawn and named`, async ({ page }) => {
      await page.goto(`/figures/${b.figure}`)
      const svg = drawing(page, b.id)
      await expect(svg).toHaveCount(1)
      await expect(svg.locator("[data-bridge-part]")).toHaveCount(b.parts)
      await expect(svg.locator("[data-bridge-part]").first()).toHaveAttribute("aria-label", b.first)
      // Labels wrap over several lines of the drawing: read its lines in order, one space between them.
      const words = (await svg.locator("text").allTextContents()).join(" ")
      for (const label of b.labels) expect(words).toContain(label)
      await expect(page.locator(`[data-bridge="${b.id}"] [data-bridge-change]`)).toHaveText(b.change)
      // The table is there too, one row per part and per split part.
      await expect(page.locator(`[data-bridge="${b.id}"] [data-bridge-table] tbody tr`)).not.toHaveCount(0)
    })
  }

  test("the Arabic bridges are in the server HTML, right to left in words, left to right in time", async ({
    page,
  }) => {
    for (const b of BRIDGES) {
      await page.goto(`/ar/figures/${b.figure}`)
      const parts = drawing(page, b.id).locator("[data-bridge-part]")
      await expect(parts).toHaveCount(b.parts)
      await expect(parts.first()).toHaveAttribute("aria-label", b.arFirst)
      // The earlier period stands left of the later one.
      const xs = await parts.evaluateAll((all) => all.map((g) => g.getBoundingClientRect().x))
      expect(xs).toEqual([...xs].sort((a, c) => a - c))
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl")
      await expect(page.locator(`[data-bridge="${b.id}"] [data-bridge-drawing]`)).toHaveAttribute(
        "dir",
        "ltr",
      )
    }
  })
})

test("no two lines of a bridge's drawing overlap, and none leaves it, in both languages", async ({
  page,
}) => {
  for (const lang of ["", "/ar"]) {
    for (const b of BRIDGES) {
      await page.goto(`${lang}/figures/${b.figure}`)
      const problems = await drawing(page, b.id).evaluate((svg) => {
        const box = svg.getBoundingClientRect()
        const texts = [...svg.querySelectorAll("text")].map((t) => ({
          text: t.textContent ?? "",
          r: t.getBoundingClientRect(),
        }))
        const out: string[] = []
        for (const t of texts)
          if (t.r.left < box.left - 1 || t.r.right > box.right + 1 || t.r.top < box.top - 1)
            out.push(`outside: ${t.text}`)
        for (let i = 0; i < texts.length; i++)
          for (let j = i + 1; j < texts.length; j++) {
            const a = texts[i]!.r
            const c = texts[j]!.r
            const overlap = Math.min(a.right, c.right) - Math.max(a.left, c.left)
            const vertical = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top)
            if (overlap > 2 && vertical > 2) out.push(`${texts[i]!.text} × ${texts[j]!.text}`)
          }
        return out
      })
      expect(problems, `${lang}/figures/${b.figure}`).toEqual([])
    }
  }
})

test("the keyboard reads each part in turn, → to the later part in English and Arabic", async ({ page }) => {
  for (const lang of ["", "/ar"]) {
    await page.goto(`${lang}/figures/cybertipline`)
    const parts = drawing(page, "cybertipline-2023-2024").locator("[data-bridge-part]")
    const readout = page.locator('[data-bridge="cybertipline-2023-2024"] [data-bridge-readout]')
    await expect(page.getByRole("button", { name: /PNG/ }).first()).toBeEnabled()
    await parts.first().focus()
    await expect(readout).toHaveText(lang ? "البلاغات، 2023: 36,210,368." : "Reports, 2023: 36,210,368.")
    await page.keyboard.press("ArrowRight")
    await expect(parts.nth(1)).toBeFocused()
    await expect(readout).toHaveText(
      lang
        ? "Meta: حوادث أقل: ⁦−6.9⁩ مليون (ثقة متوسطة)."
        : "Meta: fewer incidents: −6.9 million (medium confidence).",
    )
    await page.keyboard.press("End")
    await expect(parts.nth(5)).toBeFocused()
    await expect(readout).toHaveText(lang ? "البلاغات، 2024: 20.5 مليون." : "Reports, 2024: 20.5 million.")
    await page.keyboard.press("ArrowLeft")
    await expect(parts.nth(4)).toBeFocused()
    await page.keyboard.press("Home")
    await expect(parts.nth(0)).toBeFocused()
    // Tab moves on from a part to the next one too, with no script needed for it.
    await page.keyboard.press("Tab")
    await expect(parts.nth(1)).toBeFocused()
  }
})

test("axe finds nothing in a bridge, its table and its text opened, in both languages", async ({ page }) => {
  for (const lang of ["", "/ar"]) {
    await page.goto(`${lang}/figures/genai`)
    const section = page.locator('[data-bridge="genai-2024h1-2025h1"]')
    await section
      .locator("details")
      .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)))
    await expectNoViolations(page, '[data-bridge="genai-2024h1-2025h1"]')
  }
})

test("a compare card and the figure's list of changes link to the bridge that draws the change", async ({
  page,
}) => {
  await page.goto("/compare?series=ncmec-online-enticement-reports&from=2023&to=2024")
  const link = page.locator('[data-bridge-link="enticement-2023-2024"]').first()
  await expect(link).toHaveText("See the change drawn as its parts")
  await expect(link).toHaveAttribute("href", "/figures/enticement#bridge-enticement-2023-2024")
  await page.goto("/ar/figures/inhope")
  const own = page.locator("[data-changes] [data-bridge-link]").first()
  await expect(own).toHaveAttribute("href", "#bridge-inhope-2023-2024")
  await own.click()
  await expect(page.locator("#bridge-inhope-2023-2024")).toBeInViewport()
})

test("the browser's own print to PDF has every bridge, with its labels and legend", async ({ page }) => {
  await page.goto("/figures/enticement")
  await page.emulateMedia({ media: "print" })
  const words = pdfWords(await page.pdf({ format: "A4" }))
    .flatMap((p) => p.words.map((w) => w.text))
    .join(" ")
  for (const w of ["292,951", "July–December", "REPORT", "Dotted", "186,819"]) expect(words).toContain(w)
})
