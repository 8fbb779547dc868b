import { expect, test } from "@playwright/test"
import { PRERENDERED_VIEWS } from "@/lib/http/query-views"

// /compare and /briefing: the default view is prerendered (cacheable, paints before its scripts); a
// request with one of the page's parameters is rendered on demand at the same address
// (lib/http/query-views.ts).

const nonceOf = (csp: string | undefined) => /'nonce-[^']+'/.exec(csp ?? "")?.[0]

type Request = import("@playwright/test").APIRequestContext

/** A view served as a prerendered page (cacheable, from the build): its HTML. */
async function prerendered(request: Request, path: string): Promise<string> {
  const res = await request.get(path)
  expect(res.status(), path).toBe(200)
  expect(res.headers()["cache-control"], path).not.toContain("no-store")
  expect(res.headers()["x-nextjs-prerender"], path).toBeDefined()
  return res.text()
}

/** A view rendered on demand by the selection route (never cached): its HTML. */
async function onDemand(request: Request, path: string): Promise<string> {
  const res = await request.get(path)
  expect(res.status(), path).toBe(200)
  expect(res.headers()["cache-control"], path).toContain("no-store")
  expect(res.headers()["x-nextjs-prerender"], path).toBeUndefined()
  return res.text()
}

test("with a query, each page is rendered on demand at the same address, showing that view", async ({
  request,
}) => {
  const compare = await request.get("/compare?series=ncmec-genai-reports&from=2024-H1")
  expect(nonceOf(compare.headers()["content-security-policy"])).toBeDefined()
  expect(compare.headers()["cache-control"]).toContain("no-store")
  const compareHtml = await compare.text()
  expect(compareHtml).toMatch(/value="ncmec-genai-reports" selected=""/)
  expect(compareHtml).toContain('data-comparison="ncmec-genai-reports:2024-H1:2025-H1"')

  // A slide with another deck key: the selection route (a slide alone is prerendered, below).
  const briefing = await request.get("/ar/briefing?slide=3&view=presenter")
  expect(nonceOf(briefing.headers()["content-security-policy"])).toBeDefined()
  expect(briefing.headers()["cache-control"]).toContain("no-store")
  expect(await briefing.text()).toMatch(/data-slide-id="cybertipline" data-current="true"/)
})

test("the prerendered slide views are exactly the default deck's slides, in both languages", async ({
  request,
}) => {
  // lib/http/query-views.json lists them; a slide the deck gains or loses would otherwise go unserved or
  // reach a route that does not exist.
  const listed = PRERENDERED_VIEWS["/briefing"]![0]!.values
  for (const path of ["/briefing", "/ar/briefing"]) {
    const html = await (await request.get(path)).text()
    const slides = new Set([...html.matchAll(/data-slide-id="([^"]+)"/g)].map((m) => m[1]))
    expect(slides.size, path).toBe(listed.length)
  }
})

test("a slide of the default deck alone is prerendered at its address; any other slide query is on demand", async ({
  request,
}) => {
  for (const [path, slide, other] of [
    ["/briefing?slide=3", "cybertipline", "/ar/briefing?slide=3"],
    ["/ar/briefing?slide=3", "cybertipline", "/briefing?slide=3"],
    ["/briefing?slide=1", "title", "/ar/briefing?slide=1"],
    // The last slide of the default deck (lib/http/query-views.json).
    ["/ar/briefing?slide=15", "closing", "/briefing?slide=15"],
    ["/briefing?slide=3&utm_source=mail&view=", "cybertipline", "/ar/briefing?slide=3"],
  ] as const) {
    const html = await prerendered(request, path)
    expect(html, path).toMatch(new RegExp(`data-slide-id="${slide}" data-current="true"`))
    // The language link keeps the view, and the route's own address never shows.
    expect(html, path).toContain(`href="${other}"`)
    expect(html, path).not.toContain("/briefing/slide/")
  }
  for (const path of [
    "/briefing?slide=3&view=presenter",
    "/briefing?slide=3&theme=projector",
    "/briefing?slide=3&figures=iwf,genai",
    "/briefing?slide=99",
    "/briefing?slide=16",
    "/briefing?slide=03",
    "/briefing?slide=abc",
  ]) {
    await onDemand(request, path)
  }
})

/** A page's <main>, without what differs between two renders of one view: ids, nonces, React's markers. */
function mainOf(html: string): string {
  return (/<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? "")
    .replace(/<!--[\s\S]*?-->|<template[^>]*><\/template>/g, "")
    .replace(/\s(?:nonce|id|for|headers|data-dgst|aria-(?:labelledby|describedby|controls))="[^"]*"/g, "")
}

test("a series or a pair of periods alone is prerendered at its address, drawn as the on-demand route draws it", async ({
  request,
}) => {
  for (const [path, selected, comparison, other] of [
    [
      "/compare?series=ncmec-genai-reports",
      "ncmec-genai-reports",
      "ncmec-genai-reports:2024-H1:2025-H1",
      "/ar/compare?series=ncmec-genai-reports",
    ],
    [
      "/ar/compare?series=iwf-reports-assessed",
      "iwf-reports-assessed",
      "iwf-reports-assessed:2023:2024",
      "/compare?series=iwf-reports-assessed",
    ],
    ["/compare?from=2023&to=2024", "2024", "iwf-reports-assessed:2023:2024", "/ar/compare?from=2023&to=2024"],
    [
      "/ar/compare?to=2025-H1&from=2024-H1&utm_source=mail",
      "2025-H1",
      "ncmec-genai-reports:2024-H1:2025-H1",
      "/compare?from=2024-H1&to=2025-H1",
    ],
  ] as const) {
    const html = await prerendered(request, path)
    // The controls in the HTML show the view, before and without scripts.
    expect(html, path).toContain(`<option value="${selected}" selected="">`)
    expect(html, path).toContain(`data-comparison="${comparison}"`)
    // The language link keeps the view, and the route's own address never shows.
    expect(html, path).toContain(`href="${other.replace(/&/g, "&amp;")}"`)
    expect(html, path).not.toMatch(/\/compare\/(?:series|from)\//)
    // `adjusted=true` is the default, so the same view, from the selection route, rendered on demand.
    const drawn = (h: string) => mainOf(h).replace(/<fieldset[\s\S]*?<\/fieldset>/g, "")
    expect(drawn(html), path).toBe(drawn(await onDemand(request, `${path}&adjusted=true`)))
  }
  for (const path of [
    "/compare?series=ncmec-genai-reports&adjusted=false",
    "/compare?series=ncmec-genai-reports&from=2024-H1",
    "/compare?from=2024&to=2023",
    "/compare?from=2023&to=2024-H1",
    "/compare?series=x",
  ]) {
    await onDemand(request, path)
  }
})

test("a view key given twice is redirected to the value the page reads, the first", async ({ request }) => {
  for (const [from, to] of [
    ["/compare?series=iwf-ai-imagery&series=ncmec-genai-reports", "/compare?series=iwf-ai-imagery"],
    ["/ar/briefing?slide=5&utm_source=x&slide=3", "/ar/briefing?slide=5&utm_source=x"],
    ["/compare?from=2023&to=2024&to=2025", "/compare?from=2023&to=2024"],
  ]) {
    const res = await request.get(from!, { maxRedirects: 0 })
    expect(res.status(), from).toBe(307)
    expect(res.headers().location, from).toBe(to)
  }
})

test("the on-demand and view routes have no address of their own: they redirect to the page", async ({
  request,
}) => {
  for (const [from, to] of [
    ["/compare/selection?series=x", "/compare?series=x"],
    ["/ar/briefing/selection?slide=2", "/ar/briefing?slide=2"],
    ["/briefing/slide/3", "/briefing?slide=3"],
    ["/en/briefing/slide/3", "/briefing?slide=3"],
    ["/ar/briefing/slide/15", "/ar/briefing?slide=15"],
    ["/briefing/slide/99", "/briefing?slide=99"],
    ["/compare/series/iwf-ai-imagery", "/compare?series=iwf-ai-imagery"],
    ["/ar/compare/from/2023/to/2024", "/ar/compare?from=2023&to=2024"],
    ["/en/compare/from/2024-H1/to/2025-H1", "/compare?from=2024-H1&to=2025-H1"],
  ]) {
    const res = await request.get(from!, { maxRedirects: 0 })
    expect(res.status(), from).toBe(308)
    expect(res.headers().location, from).toBe(to)
  }
})

test("a change on the prerendered /compare moves to a selection and back, keeping the focus", async ({
  page,
}) => {
  await page.goto("/compare")
  const series = page.getByLabel("Series", { exact: true })
  // The controls are disabled until the page has hydrated.
  await expect(series).toBeEnabled()
  await series.focus()
  await series.selectOption("ncmec-genai-reports")
  await expect(page).toHaveURL(/\?series=ncmec-genai-reports$/)
  await expect(page.locator('[data-comparison^="ncmec-genai-reports:"]')).toHaveCount(2)
  await expect(series).toBeFocused()
  await series.selectOption("")
  await expect(page).toHaveURL(/\/compare$/)
  await expect(series).toBeFocused()
})

test("the closing slide gives the full address of the sources page once the deck runs", async ({
  page,
  baseURL,
}) => {
  await page.goto("/briefing")
  await page.keyboard.press("End")
  await expect(page.locator('[data-slide-id="closing"]')).toContainText(`${baseURL}/sources`)
})

test("a prerendered slide runs from that slide: the next key moves to the one after it", async ({ page }) => {
  await page.goto("/briefing?slide=3")
  await expect(page.locator(".deck[data-ready]")).toHaveCount(1)
  await expect(page.locator('[data-slide-id="cybertipline"]')).toHaveAttribute("data-current", "true")
  await page.keyboard.press("PageDown")
  await expect(page).toHaveURL(/\/briefing\?slide=4$/)
  await expect(page.locator('[data-slide-id="cybertipline"]')).not.toHaveAttribute("data-current", "true")
})
