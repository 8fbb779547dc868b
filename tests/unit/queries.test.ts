import { QueryClient } from "@tanstack/react-query"
import { afterEach, describe, expect, it, vi } from "vitest"
import { ApiRequestError, exportSvgQuery } from "@/lib/http/queries"

// The browser's one read of the API: an exported SVG, for the PNG download and "Copy image".
const URL_SVG = "/api/figures/cybertipline/export?format=svg&lang=en&size=standard"

afterEach(() => vi.unstubAllGlobals())

describe("the exported SVG, read through TanStack Query", () => {
  it("reads the file once per address for the session: a download then a copy ask the API once", async () => {
    const fetchMock = vi.fn(async () => new Response("<svg/>", { status: 200 }))
    vi.stubGlobal("fetch", fetchMock)
    const client = new QueryClient()
    expect(await client.fetchQuery(exportSvgQuery(URL_SVG))).toBe("<svg/>")
    expect(await client.fetchQuery(exportSvgQuery(URL_SVG))).toBe("<svg/>")
    expect(fetchMock).toHaveBeenCalledTimes(1)
    await client.fetchQuery(exportSvgQuery(`${URL_SVG}&scale=log`))
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it("a refusal carries the API's own reason, checked against the error schema, and is not retried", async () => {
    const body = { parameter: "size", error: 'unknown size "huge": use standard or presentation' }
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status: 400 }))
    vi.stubGlobal("fetch", fetchMock)
    const error = await new QueryClient().fetchQuery(exportSvgQuery(URL_SVG)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiRequestError)
    expect((error as ApiRequestError).status).toBe(400)
    expect((error as ApiRequestError).body).toEqual(body)
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it("a body that is not the API's error (a proxy's own page) is reported with its status and no reason", async () => {
    vi.stubGlobal("fetch", async () => new Response("<html>Bad gateway</html>", { status: 502 }))
    const error = await new QueryClient().fetchQuery(exportSvgQuery(URL_SVG)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiRequestError)
    expect((error as ApiRequestError).body).toBeNull()
    expect((error as ApiRequestError).message).toBe("HTTP 502")
  })
})
