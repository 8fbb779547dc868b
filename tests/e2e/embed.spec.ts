import http from "node:http"
import type { AddressInfo } from "node:net"
import { expect, test, type FrameLocator, type Page } from "@playwright/test"
import { EMBED_HEIGHT_MESSAGE, EMBED_HEIGHTS } from "@/lib/url/embed"
import { FIGURE_IDS } from "@/lib/charts/figure-defs"
import ar from "@/messages/ar.json"
import en from "@/messages/en.json"

const MESSAGES = { en, ar }

// The embed code on another site. The host page is served from its own origin (a port of its own, on
// this machine: Chromium will not let a page it cannot place on the network frame a local one), at
// 1280 px wide, with the embed code the figure page offers pasted in.

let host: http.Server
let hostOrigin = ""
const pages = new Map<string, string>()

test.beforeAll(async () => {
  host = http.createServer((req, res) => {
    res.setHeader("content-type", "text/html; charset=utf-8")
    res.end(pages.get(req.url ?? "") ?? "")
  })
  await new Promise<void>((ok) => host.listen(0, "127.0.0.1", ok))
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`
})
test.afterAll(() => new Promise<void>((ok) => host.close(() => ok())))

/** Serves `body` (what a host site would write around the embed code) and opens it. */
async function openHost(page: Page, body: string): Promise<void> {
  const path = `/host-${pages.size}`
  pages.set(
    path,
    `<!doctype html><html><head><title>Host</title></head><body style="margin:8px">${body}</body></html>`,
  )
  await page.goto(`${hostOrigin}${path}`)
}

async function embedCode(page: Page, locale: "en" | "ar", id: string): Promise<string> {
  await page.goto(`${locale === "ar" ? "/ar" : ""}/figures/${id}`)
  const figure = page.locator(`[data-figure-id="${id}"]`)
  await figure.locator("[data-export-part=chart] details summary").click()
  const code = figure.locator("[data-embed-code]")
  await expect(code).toHaveValue(/^<iframe src="http:\/\//)
  return code.inputValue()
}

/** The bottom of the frame's last caveat and of its content, and the frame's own height. */
async function measure(page: Page, frame: FrameLocator) {
  const caveat = frame.locator("[data-callout] [data-caveat-id]").last()
  await expect(caveat).toBeAttached()
  const bottom = await caveat.evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom))
  const content = await frame.locator("main").evaluate((el) => Math.ceil(el.getBoundingClientRect().bottom))
  const frameHeight = await page.locator("iframe").evaluate((el) => el.getBoundingClientRect().height)
  return { bottom, content, frameHeight }
}

for (const locale of ["en", "ar"] as const) {
  for (const id of ["sextortion", "inhope"]) {
    test(`${locale} ${id}: without its script the embed code's frame shows every caveat`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 900 })
      const code = await embedCode(page, locale, id)
      const [frameOnly] = code.split("\n")
      expect(frameOnly).toMatch(/^<iframe [^>]*height="\d+"[^>]*><\/iframe>$/)
      await openHost(page, frameOnly!)
      const frame = page.frameLocator("iframe")
      await expect(frame.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr")
      // The content note and the support line are still there.
      await expect(frame.locator("main > p").first()).toContainText(MESSAGES[locale].embed.note)
      await expect(frame.locator(`main > p a[href$="#support"]`)).toBeVisible()
      const { bottom, frameHeight } = await measure(page, frame)
      expect(frameHeight).toBe(EMBED_HEIGHTS[id as keyof typeof EMBED_HEIGHTS])
      expect(bottom).toBeLessThanOrEqual(frameHeight)
    })

    test(`${locale} ${id}: with its script the frame takes the height the embed posts`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 })
      const errors: string[] = []
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()))
      page.on("pageerror", (e) => errors.push(e.message))
      const code = await embedCode(page, locale, id)
      const embedOrigin = new URL(page.url()).origin
      // Start small, to see the frame grow; and record what the host page is told.
      const small = code.replace(/height="\d+"/, 'height="300"')
      await openHost(
        page,
        `<script>window.__messages=[];addEventListener("message",function(e){__messages.push({origin:e.origin,data:e.data})})</script>${small}`,
      )
      const frame = page.frameLocator("iframe")
      const received = () =>
        page.evaluate(
          () => (window as unknown as { __messages: { origin: string; data: unknown }[] }).__messages,
        )
      await expect.poll(async () => (await received()).length).toBeGreaterThan(0)
      // The frame grows to the content: the last caveat and the link to the dashboard are inside it.
      await expect.poll(async () => (await measure(page, frame)).frameHeight).toBeGreaterThan(1000)
      // Settled: the frame is the height of the last message the embed posted, and its content fits.
      await expect
        .poll(async () => {
          const last = (await received()).at(-1)?.data as { height?: number } | undefined
          const { content, frameHeight } = await measure(page, frame)
          return last?.height === frameHeight && content <= frameHeight
        })
        .toBe(true)
      const messages = await received()
      for (const m of messages) {
        expect(m.origin).toBe(embedOrigin)
        expect(m.data).toMatchObject({ type: EMBED_HEIGHT_MESSAGE, id, height: expect.any(Number) })
      }
      const { bottom, content, frameHeight } = await measure(page, frame)
      expect(frameHeight).toBe((messages.at(-1)!.data as { height: number }).height)
      expect(bottom).toBeLessThanOrEqual(frameHeight)
      expect(content).toBeLessThanOrEqual(frameHeight)
      expect(content).toBeGreaterThan(frameHeight - 2)
      // Opening the data table makes the content taller: the frame follows.
      await frame.locator("details").first().locator("summary").click()
      await expect.poll(async () => (await measure(page, frame)).frameHeight).toBeGreaterThan(frameHeight)
      // The embed's own policy allowed all of this: no violation, no error.
      expect(errors).toEqual([])
    })
  }

  test(`${locale}: every figure's default frame height shows its caveats at 1280 and 800 px`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000)
    for (const width of [1280, 800]) {
      await page.setViewportSize({ width, height: 900 })
      for (const id of FIGURE_IDS) {
        await openHost(
          page,
          `<iframe src="${baseURL}${locale === "ar" ? "/ar" : ""}/embed/${id}" width="100%" height="${EMBED_HEIGHTS[id]}" style="border:0"></iframe>`,
        )
        const { bottom, frameHeight } = await measure(page, page.frameLocator("iframe"))
        expect(bottom, `${id} at ${width}px`).toBeLessThanOrEqual(frameHeight)
      }
    }
  })
}
