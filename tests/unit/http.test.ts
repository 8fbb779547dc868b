import { describe, expect, it } from "vitest"
import { cachedResponse, etagOf, matchesEtag } from "@/lib/http/responses"

const req = (headers: Record<string, string> = {}) => new Request("http://localhost/api/x", { headers })

describe("ETags", () => {
  // The server gzips after the route answers and keeps its ETag, so the same tag goes out on gzip and
  // plain bytes: it must be weak, not a promise of identical bytes.
  it("are weak", () => {
    const etag = cachedResponse(req(), "body", "text/plain").headers.get("etag")!
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/)
    expect(etag).toBe(etagOf("body"))
    expect(etagOf("other")).not.toBe(etag)
  })

  it.each([
    ['W/"abc"', true],
    ['"abc"', true],
    ['"x", W/"abc"', true],
    ["*", true],
    ['"abcd"', false],
    ["", false],
  ])('If-None-Match %j matches W/"abc": %s', (header, match) =>
    expect(matchesEtag(header, 'W/"abc"')).toBe(match),
  )

  it("answers a match with 304 and no body, keeping the validators", async () => {
    const etag = etagOf("body")
    for (const ifNoneMatch of [etag, etag.slice(2), "*"]) {
      const res = cachedResponse(req({ "if-none-match": ifNoneMatch }), "body", "text/plain")
      expect(res.status, ifNoneMatch).toBe(304)
      expect(await res.text()).toBe("")
      expect(res.headers.get("etag")).toBe(etag)
    }
  })
})
