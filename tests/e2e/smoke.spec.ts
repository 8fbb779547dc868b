import { expect, test } from "@playwright/test"

// The smoke test `npm run test:quick` runs against the production build: a handful of requests that show
// the site serves its pages and data at all. Requests only (no page is drawn in the browser), so it
// answers in seconds. The full stories are in the other specs; `npm test` runs them all.

const FIGURES = ["cybertipline", "genai", "enticement", "sextortion", "hosting", "inhope", "iwf"]

/** The part of the HTML from a figure's opening to its </figure>. */
function figureBlock(html: string, id: string): string {
  const start = html.indexOf(`data-figure-id="${id}"`)
  expect(start, id).toBeGreaterThan(-1)
  return html.slice(start, html.indexOf("</figure>", start))
}

test("@smoke the English home page has every figure with its chart drawn as SVG marks, and the content note", async ({
  request,
}) => {
  const response = await request.get("/")
  expect(response.status()).toBe(200)
  const html = await response.text()
  expect(html).toContain('lang="en"')
  for (const id of FIGURES) {
    const block = figureBlock(html, id)
    expect(block, id).toContain("<svg")
    expect(block, id).toContain('data-mark="observation"')
  }
  expect(html).toContain("Content note and support resources")
  expect(html).toContain('id="support"')
})

test("@smoke the Arabic home page is right-to-left and has its charts drawn as SVG marks", async ({
  request,
}) => {
  const response = await request.get("/ar")
  expect(response.status()).toBe(200)
  const html = await response.text()
  expect(html).toMatch(/<html[^>]*lang="ar"/)
  expect(html).toMatch(/<html[^>]*dir="rtl"/)
  expect(html).toContain("ما لا تكشفه أعداد البلاغات")
  for (const id of FIGURES) expect(figureBlock(html, id), id).toContain('data-mark="observation"')
  expect(html).toContain('id="support"')
})

test("@smoke a figure page serves its chart and table", async ({ request }) => {
  const response = await request.get("/figures/cybertipline")
  expect(response.status()).toBe(200)
  const block = figureBlock(await response.text(), "cybertipline")
  expect(block).toContain('data-mark="observation"')
  expect(block).toContain("<table")
})

test("@smoke an API route answers with JSON", async ({ request }) => {
  const response = await request.get("/api/sources")
  expect(response.status()).toBe(200)
  expect(response.headers()["content-type"]).toContain("application/json")
  const { sources } = await response.json()
  expect(Array.isArray(sources)).toBe(true)
  expect(sources.length).toBeGreaterThan(0)
})
