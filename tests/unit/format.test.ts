import { describe, expect, it } from "vitest"
import { footnoteLabel } from "@/lib/format/citation"
import {
  formatChangeSize,
  formatCountry,
  formatPercentChange,
  formatQualified,
  formatValue,
} from "@/lib/format/values"

describe("formatting values", () => {
  it("shows a figure the source rounded to 0.1 million as millions", () => {
    expect(formatValue(20_500_000, "reports", "en")).toBe("20.5 million")
    expect(formatValue(20_500_000, "reports", "ar")).toBe("20.5 مليون")
  })

  // Arabic counts 3 to 10 with the plural after a numeral; 1.6, 15.7, 11 and 20 keep «مليون».
  it.each([
    [7_000_000, "7 ملايين"],
    [3_000_000, "3 ملايين"],
    [10_000_000, "10 ملايين"],
    [7_500_000, "7.5 مليون"],
    [1_600_000, "1.6 مليون"],
    [11_000_000, "11 مليون"],
    [20_000_000, "20 مليون"],
  ])("writes %d in Arabic as «%s»", (value, expected) => {
    expect(formatValue(value, "reports", "ar")).toBe(expected)
  })

  it("keeps one English word for millions", () => {
    expect(formatValue(7_000_000, "reports", "en")).toBe("7 million")
  })

  it("keeps every digit of an exact count, with Western digits in Arabic too", () => {
    expect(formatValue(36_210_368, "reports", "en")).toBe("36,210,368")
    expect(formatValue(36_210_368, "reports", "ar")).toMatch(/^36.210.368$/)
    expect(formatValue(36_210_368, "reports", "ar")).not.toMatch(/[٠-٩]/)
  })

  it("writes percent shares with their decimals", () => {
    expect(formatValue(8.79, "percent", "en")).toBe("8.79%")
    expect(formatValue(59, "percent", "ar")).toBe("59%")
  })

  it("says the source's hedge word before the value", () => {
    expect(formatQualified(546_000, "reports", "en", "more-than")).toBe("more than 546,000")
    expect(formatQualified(546_000, "reports", "ar", "more-than")).toMatch(/^أكثر من 546.000$/)
    expect(formatQualified(36_600, "reports", "en", "nearly")).toBe("nearly 36,600")
  })

  it("signs percent changes with a true minus", () => {
    expect(formatPercentChange(-43.4, "en")).toBe("−43%")
    expect(formatPercentChange(1325.5, "en")).toBe("+1,326%")
    expect(formatPercentChange(5.67, "en")).toBe("+5.7%")
  })

  // After a direction word the sign would say the direction twice: "fell −43%" is a double negative.
  it("gives a change's size unsigned, for prose after rose/fell, at the label's precision", () => {
    expect(formatChangeSize(-43.4, "en")).toBe("43%")
    expect(formatChangeSize(1325.5, "en")).toBe("1,326%")
    expect(formatChangeSize(5.67, "en")).toBe("5.7%")
    expect(formatChangeSize(-19.3, "ar")).toBe("19%")
    expect(formatChangeSize(218.02, "ar")).toBe("218%")
    // Unsigned, so no bidi isolate either: there is no sign to keep in front of the digits.
    expect(formatChangeSize(-43.4, "ar")).not.toMatch(/[\u2066\u2069+−-]/)
    expect(formatChangeSize(-4, "en", "points")).toBe("4")
    expect(formatChangeSize(52.21, "ar", "points")).toBe("52.21")
  })
})

describe("country names and list commas", () => {
  it("names a country in full in both languages", () => {
    expect(formatCountry("US", "en")).toBe("United States")
    expect(formatCountry("US", "ar")).toBe("الولايات المتحدة")
    expect(formatCountry("NL", "ar")).toBe("هولندا")
  })

  it("drops an administrative qualifier, as the sources do (IWF: 'Hong Kong')", () => {
    expect(formatCountry("HK", "en")).toBe("Hong Kong")
    expect(formatCountry("HK", "ar")).toBe("هونغ كونغ")
  })

  it("joins with the Arabic comma in Arabic", () => {
    // A list the product writes (a caption's footnote numbers), not the separator constant itself.
    expect(footnoteLabel([12, 13], "en")).toBe("footnotes 12, 13")
    expect(footnoteLabel([12, 13], "ar")).toBe("الحواشي 12، 13")
  })
})
