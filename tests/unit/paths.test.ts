import { describe, expect, it } from "vitest"
import { localizedPath } from "@/lib/i18n/paths"

describe("the same page in the other language", () => {
  it.each([
    ["/", "ar", "/ar"],
    ["/compare", "ar", "/ar/compare"],
    ["/ar", "en", "/"],
    ["/ar/sources/ncmec", "en", "/sources/ncmec"],
    ["/ar/compare", "ar", "/ar/compare"],
    ["/en/compare", "en", "/compare"],
    ["/arabic-words", "ar", "/ar/arabic-words"],
  ] as const)("%s in %s is %s", (from, target, to) => {
    expect(localizedPath(from, target)).toBe(to)
  })
})
