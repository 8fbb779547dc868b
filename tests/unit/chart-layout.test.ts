import { describe, expect, it } from "vitest"
import type { BarPanel, ChartLayer, ChartPoint, TrendPanel } from "@/lib/charts/spec"
import { barsFrame, layoutPanel, panelSvg, trendFrame } from "@/lib/charts/layout"
import type { SvgElement } from "@/lib/charts/svg-tree"
import { svgToString } from "@/lib/charts/svg-tree"

// The layout's rules, on small hand-made panels whose every position can be worked out on paper: the
// expected values below are written out, not computed by the code under test.

const walk = (n: SvgElement): SvgElement[] => [n, ...(n.children ?? []).flatMap(walk)]

function point(over: Partial<ChartPoint>): ChartPoint {
  return {
    key: "s|2022",
    seriesId: "s",
    x: 2022.5,
    y: 50,
    period: "2022",
    periodLabel: "2022",
    status: "reported",
    statusLabel: "reported",
    mark: "filled",
    valueLabel: "50",
    shownValue: "50",
    halfYear: false,
    span: [2022, 2023],
    tier: "verified",
    derived: false,
    announcement: "",
    sourceLabel: "",
    caveatIds: [],
    ...over,
  }
}

const layer = (points: ChartPoint[], over: Partial<ChartLayer> = {}): ChartLayer => ({
  key: "s",
  label: "Series",
  color: "#0072B2",
  kind: "annual",
  points,
  line: points.map((p) => ({ x: p.x, y: p.y })),
  ...over,
})

// Time from 2021 to 2025 (ticks mid-year), values 0 to 100 in gridlines of 25; one event, one row.
const trend: TrendPanel = {
  id: "t",
  title: "T",
  unit: "reports",
  unitLabel: "reports",
  description: "",
  kind: "trend",
  scale: "linear",
  xDomain: [2021, 2025],
  xTicks: [2021.5, 2022.5, 2023.5, 2024.5],
  yMax: 100,
  linearTicks: [0, 25, 50, 75, 100],
  logTicks: [1, 10, 100],
  layers: [
    layer([
      point({ key: "s|2022", x: 2022.5, y: 50 }),
      point({
        key: "s|2024-H1",
        x: 2024.25,
        y: 100,
        halfYear: true,
        span: [2024, 2024.5],
        period: "2024-H1",
      }),
    ]),
  ],
  events: [{ id: "e", x: 2024, label: "Law in force", dateLabel: "2024", row: 0 }],
}

describe("a trend panel's frame", () => {
  it("leaves room for the value axis on the reading side and the event rows above", () => {
    // fs 10: axis 48 wide (left to right) or 65 (Arabic, wider labels); 10 + 1 row × 13.5 above; 22 below.
    expect(trendFrame(trend, { x: 0, y: 0, w: 600, h: 300 }, "en", 10)).toEqual({
      plot: { x: 48, y: 23.5, w: 544, h: 254.5 },
      frame: { margin: { top: 23.5, right: 8, bottom: 0, left: 0 }, sideAxisWidth: 48, bottomAxisHeight: 22 },
    })
    expect(trendFrame(trend, { x: 0, y: 0, w: 600, h: 300 }, "ar", 10)).toEqual({
      plot: { x: 8, y: 23.5, w: 527, h: 254.5 },
      frame: { margin: { top: 23.5, right: 0, bottom: 0, left: 8 }, sideAxisWidth: 65, bottomAxisHeight: 22 },
    })
  })
})

describe("a trend panel's drawing", () => {
  // Plot 48…592 × 23.5…278: one year is 136 px, 25 reports 63.625 px.
  const { node, geometry } = layoutPanel(
    trend,
    { x: 0, y: 0, w: 600, h: 300 },
    { locale: "en", scope: "x", fontSize: 10 },
  )
  const all = walk(node)

  it("puts each tick where its value is, with its label beside the axis", () => {
    expect(geometry.kind).toBe("trend")
    const y = all.filter((n) => n.attrs["data-tick"] === "y")
    expect(y.map((n) => [n.text, n.attrs.x, n.attrs.y, n.attrs["text-anchor"]])).toEqual([
      ["0", 42, 281.5, "end"],
      ["25", 42, 217.88, "end"],
      ["50", 42, 154.25, "end"],
      ["75", 42, 90.63, "end"],
      ["100", 42, 27, "end"],
    ])
    const x = all.filter((n) => n.attrs["data-tick"] === "x")
    expect(x.map((n) => [n.text, n.attrs.x, n.attrs.y])).toEqual([
      ["2021", 116, 292],
      ["2022", 252, 292],
      ["2023", 388, 292],
      ["2024", 524, 292],
    ])
  })

  it("draws a mark at its value, a half-year across January to June, and an event label away from the edge", () => {
    const marks = all.filter((n) => n.attrs["data-mark"] === "observation")
    expect(marks.map((m) => m.attrs["data-key"])).toEqual(["s|2022", "s|2024-H1"])
    const glyph = (m: SvgElement) => m.children!.find((c) => c.attrs["data-glyph"] === "")!
    expect(glyph(marks[0]!).attrs).toMatchObject({ cx: 252, cy: 150.75, r: 6 })
    // A half-year is a square at April (490), with its span from 1 January (456) to 30 June (524).
    expect(glyph(marks[1]!).attrs).toMatchObject({ x: 484, y: 17.5, width: 12, height: 12 })
    expect(marks[1]!.children![0]!.attrs.d).toBe("M456,18.5V28.5M456,23.5H524M524,18.5V28.5")
    // The event is right of the middle (2023): its label runs leftwards from its line.
    const event = all.find((n) => n.attrs["data-event-label"])!
    expect([event.text, event.attrs.x, event.attrs.y, event.attrs["text-anchor"]]).toEqual([
      "Law in force",
      452,
      18.5,
      "end",
    ])
  })

  it("writes right-to-left labels with their direction in the text, anchored the left-to-right way", () => {
    const arabic = { ...trend, events: [{ ...trend.events[0]!, label: "قانون نافذ" }] }
    const ar = walk(
      layoutPanel(arabic, { x: 0, y: 0, w: 600, h: 300 }, { locale: "ar", scope: "x", fontSize: 10 }).node,
    )
    const top = ar.filter((n) => n.attrs["data-tick"] === "y").at(-1)!
    // Right of the plot (8 + 527 = 535), running rightwards.
    expect([top.attrs.x, top.attrs["text-anchor"]]).toEqual([541, "start"])
    const event = ar.find((n) => n.attrs["data-event-label"])!
    // Right-to-left embedding (RLE … PDF) around the Arabic line; time still runs left to right, so the
    // event (right of the middle) still runs leftwards from its line.
    expect([event.text, event.attrs["text-anchor"]]).toEqual(["\u202Bقانون نافذ\u202C", "end"])
  })

  it("is a whole SVG of its own for the page, left to right whatever the page's direction", () => {
    const svg = svgToString(panelSvg(trend, 600, 300, { locale: "ar", scope: "x", fontSize: 10 }))
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 600 300" width="100%" height="100%" direction="ltr"/,
    )
  })
})

describe("a bars panel", () => {
  const bars: BarPanel = {
    id: "b",
    title: "B",
    unit: "percent",
    unitLabel: "%",
    description: "",
    kind: "bars",
    categories: [
      { code: "NL", label: "Netherlands" },
      { code: "US", label: "United States" },
    ],
    layers: [
      layer([
        point({ key: "NL|2024", category: "NL", y: 40 }),
        point({ key: "US|2024", category: "US", y: 10 }),
      ]),
    ],
  }

  it("has the country names on the reading side and room for the values beyond the bars", () => {
    // fs 10: names 90 wide, 30 for the values, 4 above, 24 below.
    expect(barsFrame({ x: 0, y: 0, w: 600, h: 124 }, "en", 10)).toEqual({
      plot: { x: 90, y: 4, w: 480, h: 100 },
      frame: { margin: { top: 4, right: 30, bottom: 0, left: 0 }, sideAxisWidth: 90, bottomAxisHeight: 20 },
    })
  })

  it("grows each bar from 0 along four round gridlines, centred in its country's band as Recharts does", () => {
    const all = walk(
      layoutPanel(bars, { x: 0, y: 0, w: 600, h: 124 }, { locale: "en", scope: "x", fontSize: 10 }).node,
    )
    expect(all.filter((n) => n.attrs["data-tick"] === "x").map((n) => n.text)).toEqual([
      "0%",
      "10%",
      "20%",
      "30%",
      "40%",
    ])
    const rects = all.filter((n) => n.attrs["data-bar"])
    // Bands of 50 px; a bar 13 thick (1.3 × fs), 11 drawn, offset trunc((50 − 11) / 2) = 19.
    expect(rects.map((r) => [r.attrs.x, r.attrs.y, r.attrs.width, r.attrs.height])).toEqual([
      [90, 23, 480, 11],
      [90, 73, 120, 11],
    ])
    const ar = walk(
      layoutPanel(bars, { x: 0, y: 0, w: 600, h: 124 }, { locale: "ar", scope: "x", fontSize: 10 }).node,
    )
    // Right to left the base is on the right (30 + 480 = 510) and the bars grow leftwards.
    expect(ar.filter((n) => n.attrs["data-bar"]).map((r) => [r.attrs.x, r.attrs.width])).toEqual([
      [30, 480],
      [390, 120],
    ])
  })
})
