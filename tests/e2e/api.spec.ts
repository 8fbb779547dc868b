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

  test("gzip and plain bytes carry a weak ETag, so neither claims the other's bytes", async ({ request }) => {
    for (const path of ["/api/observations?format=csv", "/api/figures/genai/export?format=json"]) {
      const gzip = await request.get(path, { headers: { "accept-encoding": "gzip" } })
      const plain = await request.get(path, { headers: { "accept-encoding": "identity" } })
      expect(gzip.headers()["content-encoding"], path).toBe("gzip")
      expect(plain.headers()["content-encoding"], path).toBeUndefined()
      expect(gzip.headers()["etag"], path).toMatch(/^W\//)
      expect(plain.headers()["etag"], path).toMatch(/^W\//)
      expect(gzip.headers()["vary"], path).toMatch(/Accept-Encoding/i)
      // Either revalidates the same content, and so does "*".
      for (const tag of [gzip.headers()["etag"]!, "*"]) {
        const again = await request.get(path, {
          headers: { "if-none-match": tag, "accept-encoding": "identity" },
        })
        expect(again.status(), `${path} ${tag}`).toBe(304)
      }
    }
  })

  test("an SVG export is sent uncompressed: its fonts do not compress, and gzip cost more than the rest", async ({
    request,
  }) => {
    const res = await request.get("/api/figures/genai/export?format=svg", {
      headers: { "accept-encoding": "gzip" },
    })
    expect(res.status()).toBe(200)
    expect(res.headers()["content-encoding"]).toBeUndefined()
    expect(res.headers()["cache-control"]).toMatch(/, no-transform$/)
    expect(res.headers()["etag"]).toMatch(/^W\//)
    expect(await res.text()).toMatch(/^<\?xml/)
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
      // The New York Times' reading of the same half-year, kept as a variant.
      ["2025-H1", 485000],
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
      "value_any_locale",
      "unit",
      "status",
      "qualifier",
      "caveat_ids",
      "citation",
    ]) {
      expect(header).toContain(col)
    }
    expect(text).toContain("ncmec-cybertipline-reports,ncmec,2023,,,,36210368,36210368,reports,reported,")
    expect(text).toContain("ncmec-genai-reports,ncmec,2025-H1,,,,440419,440419,reports,preliminary,")
    expect(text).toMatch(/inhope-hosting-share,inhope,2024,NL,,,59,59,percent,reported,/)
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

  // The ten API routes, each with the parameters it needs to answer 200.
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
    "/api/briefing/pptx?lang=en&",
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

  // Next removes keys that begin with its route-parameter prefixes (nxtP, nxtI) before the route sees the
  // query, and shows the proxy `nxtPid` as `id`: each is still an unknown parameter, named as Next shows it.
  test("keys Next hides from the route are rejected like any unknown key", async ({ request }) => {
    for (const route of ROUTES) {
      for (const [key, parameter] of [
        ["nxtPid", "id"],
        ["nxtIsomething", "something"],
      ] as const) {
        const res = await request.get(`${route}${key}=genai`)
        expect(res.status(), `${route}${key}`).toBe(400)
        expect(await res.json(), `${route}${key}`).toMatchObject({ parameter })
      }
    }
  })

  // `__proto__` never reaches any app code (Next parses the query into a plain object): the answer is the
  // one without it, byte for byte, and nothing it could name is read.
  test("a __proto__ key is dropped by Next and changes nothing", async ({ request }) => {
    for (const route of ROUTES) {
      const plain = await request.get(route)
      const proto = await request.get(`${route}__proto__=1`)
      expect(proto.status(), route).toBe(200)
      expect(proto.headers()["etag"], route).toBe(plain.headers()["etag"])
    }
  })

  test("methods other than GET, HEAD and OPTIONS get a JSON 405 with an Allow header", async ({
    request,
  }) => {
    for (const route of ["/api/observations", "/api/figures/genai/export?format=svg", "/api"]) {
      for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
        const res = await request.fetch(route, { method })
        expect(res.status(), `${method} ${route}`).toBe(405)
        expect(res.headers()["allow"], `${method} ${route}`).toBe("GET, HEAD, OPTIONS")
        expect(res.headers()["content-type"]).toContain("application/json")
        expect(await res.json()).toMatchObject({
          parameter: "method",
          error: expect.stringContaining(method),
        })
      }
    }
    expect((await request.head("/api/sources")).status()).toBe(200)
    expect((await request.fetch("/api/sources", { method: "OPTIONS" })).status()).toBe(204)
  })

  test("GET /api lists every route with its parameters", async ({ request }) => {
    const res = await request.get("/api")
    expect(res.status()).toBe(200)
    expect(res.headers()["content-type"]).toContain("application/json")
    const { routes } = (await res.json()) as { routes: { path: string; parameters: string[] }[] }
    expect(routes.map((r) => r.path)).toEqual([
      "/api/observations",
      "/api/series",
      "/api/sources",
      "/api/caveats",
      "/api/events",
      "/api/figures/{id}",
      "/api/figures/{id}/export",
      "/api/series/{id}/chart",
      "/api/series/{id}/export",
      "/api/briefing/pptx",
      "/api/dataset/download",
    ])
    expect(routes[6]!.parameters).toEqual(["format", "lang", "size", "scale", "part"])
    // Every listed route answers, with the example ids the README uses.
    for (const { path } of routes) {
      const url = path
        .replace("/figures/{id}", "/figures/genai")
        .replace("/series/{id}", "/series/iwf-reports-assessed")
      const res = await request.get(url.endsWith("/export") ? `${url}?format=csv` : url)
      expect(res.status(), url).toBe(200)
    }
    expect((await request.get("/api?x=1")).status()).toBe(400)
    // Each route reads exactly the parameters listed: a listed one is never "unknown", another one is.
    for (const { path, parameters } of routes) {
      const url = path
        .replace("/figures/{id}", "/figures/genai")
        .replace("/series/{id}", "/series/iwf-reports-assessed")
      for (const p of parameters) {
        const body = await (await request.get(`${url}?${p}=bogus`)).json()
        expect(body.error, `${url}?${p}`).not.toMatch(/unknown parameter/)
      }
      const other = await (await request.get(`${url}?colour=red`)).json()
      expect(other.parameter, url).toBe("colour")
    }
  })

  test("a path under /api that is no route is a JSON 404", async ({ request }) => {
    for (const path of [
      "/api/nope",
      "/api/compare",
      "/api/briefing",
      "/api/figures/genai/extra",
      "/api/sources/ncmec",
    ]) {
      const res = await request.get(path)
      expect(res.status(), path).toBe(404)
      expect(res.headers()["content-type"], path).toContain("application/json")
      expect(await res.json(), path).toMatchObject({ parameter: "path" })
    }
  })
})
