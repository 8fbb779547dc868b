import { expect, test } from "@playwright/test"

test.describe("the API contract", () => {
  test("GET /api/observations serves every observation as JSON, cacheable", async ({ request }) => {
    const res = await request.get("/api/observations")
    expect(res.status()).toBe(200)
    expect(res.headers()["content-type"]).toContain("application/json")
    expect(res.headers()["cache-control"]).toMatch(/max-age=\d+/)
    expect(res.headers()["etag"]).toBeTruthy()
    const body = await res.json()
    expect(body.count).toBe(body.observations.length)
    for (const o of body.observations) {
      expect(o.citations.length).toBeGreaterThan(0)
      expect(["reported", "approximate", "implied", "preliminary"]).toContain(o.status)
      expect(o.caveatIds).toContain("reports-not-prevalence")
    }
  })

  test("answers a matching ETag with 304", async ({ request }) => {
    const first = await request.get("/api/series")
    const again = await request.get("/api/series", { headers: { "if-none-match": first.headers()["etag"]! } })
    expect(again.status()).toBe(304)
  })

  test("filters by series, source, period and country", async ({ request }) => {
    const bySeries = await (await request.get("/api/observations?series=ncmec-genai-reports")).json()
    expect(new Set(bySeries.observations.map((o: { seriesId: string }) => o.seriesId))).toEqual(
      new Set(["ncmec-genai-reports"]),
    )

    const half = await (
      await request.get("/api/observations?series=ncmec-genai-reports&period=2024-H1,2025-H1")
    ).json()
    expect(half.observations.map((o: { period: string; value: number }) => [o.period, o.value])).toEqual([
      ["2024-H1", 6835],
      ["2025-H1", 440419],
    ])

    const nl = await (await request.get("/api/observations?source=iwf&country=NL")).json()
    expect(nl.count).toBeGreaterThan(0)
    for (const o of nl.observations) expect([o.sourceId, o.country]).toEqual(["iwf", "NL"])
  })

  test("serves CSV with the contract's columns, RFC 4180 quoting and a citation on every row", async ({
    request,
  }) => {
    const res = await request.get("/api/observations?format=csv")
    expect(res.status()).toBe(200)
    expect(res.headers()["content-type"]).toContain("text/csv")
    const text = (await res.text()).replace(/^\uFEFF/, "")
    const header = text.split("\r\n")[0]!.split(",")
    for (const col of [
      "series_id",
      "source_id",
      "period",
      "country",
      "value",
      "unit",
      "status",
      "qualifier",
      "caveat_ids",
      "citation",
    ]) {
      expect(header).toContain(col)
    }
    expect(text).toContain("ncmec-cybertipline-reports,ncmec,2023,,,,36210368,reports,reported,")
    expect(text).toContain("ncmec-genai-reports,ncmec,2025-H1,,,,440419,reports,preliminary,")
    expect(text).toMatch(/inhope-hosting-share,inhope,2024,NL,,,59,percent,reported,/)
  })

  for (const path of ["/api/series", "/api/sources", "/api/caveats", "/api/events"]) {
    test(`GET ${path} answers JSON`, async ({ request }) => {
      const res = await request.get(path)
      expect(res.status()).toBe(200)
      const body = await res.json()
      expect(body.count).toBeGreaterThan(0)
    })
  }

  const bad: [string, string][] = [
    ["/api/observations?series=no-such-series", "series"],
    ["/api/observations?source=unicef", "source"],
    ["/api/observations?period=2024-13", "period"],
    ["/api/observations?country=Netherlands", "country"],
    ["/api/observations?format=xlsx", "format"],
    ["/api/observations?colour=red", "colour"],
    ["/api/observations?series=", "series"],
    ["/api/series?source=nope", "source"],
    ["/api/caveats?series=nope", "series"],
    ["/api/events?series=nope", "series"],
    ["/api/sources?x=1", "x"],
  ]
  for (const [url, parameter] of bad) {
    test(`${url} is a 400 naming "${parameter}"`, async ({ request }) => {
      const res = await request.get(url)
      expect(res.status()).toBe(400)
      expect(res.headers()["content-type"]).toContain("application/json")
      const body = await res.json()
      expect(body.parameter).toBe(parameter)
      expect(typeof body.error).toBe("string")
      expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts):\d+|\/work\/|node_modules/)
    })
  }

  // The nine API routes, each with the parameters it needs to answer 200.
  const ROUTES = [
    "/api/observations?",
    "/api/series?",
    "/api/sources?",
    "/api/caveats?",
    "/api/events?",
    "/api/figures/genai?",
    "/api/figures/genai/export?format=csv&",
    "/api/series/iwf-reports-assessed/chart?",
    "/api/series/iwf-reports-assessed/export?format=csv&",
  ]

  test("a query key named after Object.prototype is a 400 naming it, on every route", async ({ request }) => {
    for (const route of ROUTES) {
      for (const key of ["constructor", "toString", "valueOf", "hasOwnProperty", "__defineGetter__"]) {
        const res = await request.get(`${route}${key}=1`)
        expect(res.status(), `${route}${key}`).toBe(400)
        expect(await res.json(), `${route}${key}`).toMatchObject({ parameter: key })
      }
    }
  })

  test("a single-valued parameter rejects a comma list as it rejects a repeat", async ({ request }) => {
    for (const [url, parameter] of [
      ["/api/observations?format=csv,json", "format"],
      ["/api/observations?lang=ar,en", "lang"],
      ["/api/figures/genai?lang=en,ar", "lang"],
      ["/api/figures/genai/export?format=svg&size=presentation,standard", "size"],
      ["/api/figures/genai/export?format=svg&format=svg", "format"],
    ]) {
      const res = await request.get(url!)
      expect(res.status(), url).toBe(400)
      expect((await res.json()).parameter, url).toBe(parameter)
    }
  })
})
