import { readFileSync } from "node:fs"
import { beforeAll, describe, expect, it } from "vitest"
import { parseFigureList } from "@/lib/deck/slides"
import { getDataset } from "@/lib/data/dataset"
import { buildChartExport, buildChartImageSvg } from "@/lib/export/figure-export"
import { buildDeckModel, buildFigureDeckModel, writeDeck } from "@/lib/export/pptx"
import { readPptx, type ReadSlide } from "./pptx-file"

// Expectations come from the data and message files as they are, not from the code under test.
const json = (file: string) => JSON.parse(readFileSync(file, "utf8"))
const DATASET = json("data/dataset.json") as { version: string; updated: string }
const CAVEATS = new Map(
  (
    json("data/caveats.json") as { id: string; title: Record<string, string>; text: Record<string, string> }[]
  ).map((c) => [c.id, c]),
)
const ESSENTIALS = json("messages/essentials.json")
const ORIGIN = "https://dash.example.org"

// A bridge's slide is titled "Why it moved, drawn: " and its title in data/bridges.json.
const BRIDGES = new Map(
  (json("data/bridges.json") as { id: string; title: Record<string, string> }[]).map((b) => [b.id, b]),
)
const bridgeTitle = (id: string) => `Why it moved, drawn: ${BRIDGES.get(id)!.title.en}`

const EN_TITLES = [
  "Reported online child sexual exploitation, 2021–2025",
  "How to read report data",
  "NCMEC CyberTipline reports and incidents, 2021–2024",
  bridgeTitle("cybertipline-2023-2024"),
  "CyberTipline reports involving generative AI, 2023–2025",
  bridgeTitle("genai-2024h1-2025h1"),
  "Online enticement reports to NCMEC, 2021–2025",
  bridgeTitle("enticement-2023-2024"),
  "Financial sextortion reports to NCMEC, and boys' share of IWF sextortion reports",
  "Where traceable CSAM was hosted, by country: INHOPE and IWF",
  "INHOPE reports, with and without one hotline's contribution, and the share confirmed illegal",
  bridgeTitle("inhope-2023-2024"),
  "IWF reports assessed and confirmed, 2023–2024",
  "What report counts miss",
  "Sources and support",
]
const INHOPE = 10
const GAPS = 13

// The caveats each figure's "Why this moved" lists (data/caveats.json), in the deck's order.
const CYBERTIPLINE_CAVEATS = [
  "ncmec-bundling-2024",
  "meta-e2ee-2023",
  "platforms-cut-volume-2024",
  "ncmec-2024-secondary",
  "ncmec-2025-second-hand",
  "ncmec-meta-concentration",
]

const SUPPORT = [
  ["Brave Movement, Get Help", "https://www.bravemovement.org"],
  ["Child Helpline International", "https://childhelplineinternational.org"],
  ["INHOPE", "https://inhope.org/EN"],
  [
    "MOORE | Preventing Child Sexual Abuse, Johns Hopkins Bloomberg School of Public Health",
    "https://publichealth.jhu.edu/moore-center-for-the-prevention-of-child-sexual-abuse",
  ],
  ["ReDirection Self-Help Program", "https://www.suojellaanlapsia.fi/en/redirection"],
]

async function deck(locale: "en" | "ar", figures?: string, year?: number) {
  const { ids, invalid } = parseFigureList(figures)
  const model = buildDeckModel(getDataset(), locale, ids, invalid, ORIGIN, year)
  return readPptx(await writeDeck(model))
}

let en: ReadSlide[]
let ar: ReadSlide[]
let enXml: string
beforeAll(async () => {
  const [e, a] = [await deck("en"), await deck("ar")]
  en = e.slides
  ar = a.slides
  enXml = e.presentation
}, 60_000)

const title = (s: ReadSlide) => s.texts[0]

describe("the default English deck as PowerPoint", () => {
  it("has the HTML deck's slides in its order, 16:9", () => {
    expect(en.map(title)).toEqual(EN_TITLES)
    // LAYOUT_WIDE: 13.333 × 7.5 inches in EMU.
    expect(enXml).toMatch(/<p:sldSz cx="12192000" cy="6858000"/)
  })

  it("names the dataset version and the deck's address at the foot of every slide", () => {
    const foot = `Dataset ${DATASET.version} (${DATASET.updated}) · ${ORIGIN}/briefing`
    for (const s of en) expect(s.texts.at(-1), title(s)).toBe(foot)
  })

  it("gives a figure slide its headline, change, verdict, caveat titles and sources as text", () => {
    const s = en[2]!
    expect(s.texts).toEqual(
      expect.arrayContaining([
        "Headline",
        "20.5 million",
        "CyberTipline reports, 2024",
        "−43%",
        "Not comparable",
        "Why this moved",
        "Sources: NCMEC · GTA 2025, footnote 12",
      ]),
    )
    expect(s.text).toContain("Like for like, CyberTipline incidents (reports unbundled): −19%")
    for (const id of CYBERTIPLINE_CAVEATS) expect(s.texts).toContain(CAVEATS.get(id)!.title.en)
    // Each is a text box of its own, named for what it holds, so it can be edited or moved.
    for (const name of ["Title", "Headline", "Change and verdict", "Why this moved", "Sources", "Footer"])
      expect(s.xml).toContain(`name="${name}"`)
  })

  it("puts the talking points and every caveat in full in the speaker notes", () => {
    const notes = en[2]!.notes.join("\n")
    expect(notes).toMatch(/^The number: CyberTipline reports fell from 36,210,368 in 2023 to 20\.5 million/)
    expect(notes).toContain(
      "The change, −43%, is marked “Not comparable”: the two figures were not counted the same way, so it is not a trend; give the reasons rather than the change.",
    )
    expect(notes).toContain("If asked “so is it getting worse?”")
    for (const id of CYBERTIPLINE_CAVEATS) expect(notes).toContain(CAVEATS.get(id)!.text.en)
    // One paragraph per note.
    expect(en[2]!.notes.length).toBeGreaterThan(5)
    // INHOPE's slide, and its one-off contributor.
    expect(en[INHOPE]!.notes.join("\n")).toContain(CAVEATS.get("safenet-bulgaria-2024")!.text.en)
    expect(en[0]!.notes[0]).toMatch(/^Open with the content note/)
  })

  it("has one sharp chart picture on every figure slide, one bridge picture on each bridge's, and none elsewhere", () => {
    en.forEach((s, i) => {
      const bridge = (title(s) ?? "").startsWith("Why it moved, drawn: ")
      const figure = i >= 2 && i <= 12 && !bridge
      expect(s.images.length, title(s)).toBe(figure || bridge ? 1 : 0)
      if (bridge) {
        // The drawing and its legend, 1,100 pixels wide at 2×, named for what it reads.
        expect(s.images[0]!.width, title(s)).toBe(2200)
        expect(s.xml, title(s)).toMatch(/<p:cNvPr id="\d+" name="Bridge" descr="[^"]{40,}"/)
        return
      }
      for (const image of s.images) {
        // The 1,066-pixel chart column of the presentation export, at 2×.
        expect(image.width, title(s)).toBe(2164)
        expect(image.height, title(s)).toBeGreaterThan(700)
        expect(image.height, title(s)).toBeLessThan(2000)
        expect(s.xml, title(s)).toMatch(/<p:cNvPr id="\d+" name="Chart" descr="[^"]{20,}"/)
      }
    })
  })

  it("carries the content note and every support resource, with its address, on the closing slide", () => {
    const closing = en.at(-1)!
    expect(closing.text).toContain(ESSENTIALS.en.contentNote.body)
    expect(closing.text).toContain(ESSENTIALS.en.contentNote.notAlone)
    for (const [name, url] of SUPPORT) {
      expect(closing.texts).toContain(name)
      expect(closing.texts).toContain(url)
    }
    for (const key of ["brave", "chi", "inhope", "moore", "redirection"])
      expect(closing.texts).toContain(ESSENTIALS.en.contentNote.resources[key].description)
    expect(closing.text).toContain(`${ORIGIN}/sources`)
    // The title slide opens with the content note too.
    expect(en[0]!.text).toContain("Support resources are on the last slide.")
  })

  it("shows what report counts miss in their own units", () => {
    expect(en[GAPS]!.text).toContain("Report counts see only what is detected and reported")
    expect(en[GAPS]!.texts.length).toBeGreaterThan(6)
  })
})

describe("the Arabic deck", () => {
  it("has the same slides, in Arabic, right to left", () => {
    expect(ar).toHaveLength(EN_TITLES.length)
    expect(title(ar[1]!)).toBe("كيف تُقرأ بيانات البلاغات")
    expect(title(ar.at(-1)!)).toBe("المصادر والدعم")
    for (const s of ar) {
      expect(s.xml).toMatch(/<a:pPr rtl="1"/)
      expect(s.xml).not.toMatch(/<a:pPr(?![^>]*rtl="1")[^>]*algn="l"/)
      expect(s.xml).toContain('lang="ar-SA"')
      expect(s.xml).toContain('<a:cs typeface="Noto Sans Arabic"')
      expect(s.texts.at(-1)).toBe(
        `مجموعة البيانات ${DATASET.version} (${DATASET.updated}) · ${ORIGIN}/ar/briefing`,
      )
    }
  })

  it("writes headline, caveat titles and notes in Arabic", () => {
    const s = ar[2]!
    expect(s.texts).toEqual(
      expect.arrayContaining(["20.5 مليون", "غير قابل للمقارنة", "لماذا تغيّر هذا الرقم"]),
    )
    for (const id of CYBERTIPLINE_CAVEATS) {
      expect(s.texts).toContain(CAVEATS.get(id)!.title.ar)
      expect(s.notes.join("\n")).toContain(CAVEATS.get(id)!.text.ar)
    }
    expect(s.notes.every((n) => /[\u0600-\u06FF]/.test(n))).toBe(true)
    expect(s.images[0]!.width).toBe(2164)
    // The closing slide's content note, from the same catalogue as the pages.
    expect(ar.at(-1)!.text).toContain(ESSENTIALS.ar.contentNote.body)
  })
})

describe("a chosen deck and a one-figure file", () => {
  it("follows ?figures= order, and names it in the deck's address", async () => {
    const { slides } = await deck("en", "iwf,genai")
    expect(slides.map(title)).toEqual([
      EN_TITLES[0],
      EN_TITLES[1],
      EN_TITLES[12],
      EN_TITLES[4],
      EN_TITLES[5],
      EN_TITLES[GAPS],
      EN_TITLES[14],
    ])
    expect(slides[0]!.texts.at(-1)).toMatch(/· https:\/\/dash\.example\.org\/briefing\?figures=iwf,genai$/)
  }, 30_000)

  it("follows ?year=: the title says the year, each figure leads with its change up to it, and the address keeps it", async () => {
    const { slides } = await deck("en", "cybertipline", 2023)
    // A deck about 2023 compares 2022 with 2023: the 2023→2024 bridge is not its change, so no bridge slide.
    expect(slides.map(title)).toEqual([
      EN_TITLES[0],
      EN_TITLES[1],
      EN_TITLES[2],
      EN_TITLES[GAPS],
      EN_TITLES[14],
    ])
    expect(slides[0]!.texts).toContain("About 2023: each figure leads with its latest change up to 2023.")
    // 2022 → 2023: 32,059,029 → 36,210,368 reports (data/observations/ncmec.json), +13 %.
    expect(slides[2]!.texts).toEqual(
      expect.arrayContaining(["36,210,368", "CyberTipline reports, 2023", "+13%"]),
    )
    expect(slides[0]!.texts.at(-1)).toMatch(/\/briefing\?figures=cybertipline&year=2023$/)
    expect(slides.at(-1)!.texts.join(" ")).toContain("This briefing was about 2023.")
  }, 30_000)

  it("is the figure's slide and its bridge's for one figure, with the figure's own address", async () => {
    const model = buildFigureDeckModel(getDataset(), "en", "inhope", ORIGIN)
    const { slides } = await readPptx(await writeDeck(model))
    expect(slides.map(title)).toEqual([EN_TITLES[INHOPE], EN_TITLES[INHOPE + 1]])
    expect(slides[0]!.texts).toContain("2,497,438")
    for (const s of slides) {
      expect(s.texts.at(-1)).toBe(
        `Dataset ${DATASET.version} (${DATASET.updated}) · ${ORIGIN}/figures/inhope`,
      )
      expect(s.images).toHaveLength(1)
    }
  }, 30_000)

  it("is one slide for a figure with no bridge", async () => {
    const { slides } = await readPptx(
      await writeDeck(buildFigureDeckModel(getDataset(), "en", "iwf", ORIGIN)),
    )
    expect(slides.map(title)).toEqual([EN_TITLES[12]])
  }, 30_000)
})

describe("a bridge's slide", () => {
  it("writes the change, each qualified part with its range, what it rests on and its sources as text", () => {
    const s = en[3]!
    expect(s.texts).toContain("2023 to 2024: about −15.7 million in all.")
    // Each qualified part with its range and confidence, and what it rests on in one line.
    expect(s.texts).toContain(
      "All other reporters: about −110,000 (range −210,000 to −10,000; medium confidence). Rests on: Takes Meta's 6.9 million to be counted in the same incidents as NCMEC's 29.2 million, as NBC's article does.",
    )
    expect(s.texts).toContain(
      "Bundling: related reports counted as one: about −8.7 million (range −8.8 million to −8.6 million). Rests on: The GTA 2025 links the 29.2 million incidents to the 20.5 million reports; both are rounded to 0.1 million.",
    )
    // The bridge's own assumption, in full, beside the values that rest on it.
    expect(s.text).toContain("Rests on: Assumes no bundling in 2023")
    expect(s.text).toContain("NCMEC has not published 2023 incidents")
    expect(s.text).toContain("Sources: NCMEC (OJJDP transparency report, CY 2023)")
    // The drawing and its legend are one picture.
    expect(s.images).toHaveLength(1)
  })

  it("reads every part, the caveats in full and what the parts are not in its talking points", () => {
    const notes = en[3]!.notes.join("\n")
    expect(notes).toContain("Computed: 29.2 million − 36,210,368 − (−6.9 million) = about −110,000")
    expect(notes).toContain("not in how many children were harmed")
    for (const id of ["meta-e2ee-2023", "ncmec-bundling-2024"])
      expect(notes).toContain(CAVEATS.get(id)!.text.en)
    // INHOPE's rise is not split: the notes say so, and say the bridge does not guess.
    expect(en[INHOPE + 1]!.notes.join("\n")).toContain("the bridge does not guess")
  })

  it("is in Arabic in the Arabic deck, right to left, with time still left to right in the picture", () => {
    const s = ar[3]!
    expect(title(s)).toBe(`لماذا تغيّر الرقم، مرسومًا: ${BRIDGES.get("cybertipline-2023-2024")!.title.ar}`)
    expect(s.xml).toMatch(/<a:pPr rtl="1"/)
    expect(s.notes.every((n) => /[\u0600-\u06FF]/.test(n))).toBe(true)
  })
})

describe("the chart picture", () => {
  it("is the presentation SVG export's own drawing of each panel", () => {
    for (const locale of ["en", "ar"] as const) {
      for (const id of ["cybertipline", "hosting"]) {
        const picture = buildChartImageSvg({ kind: "figure", id }, locale)!.svg
        const exported = buildChartExport({ kind: "figure", id }, locale, "svg", {
          size: "presentation",
          origin: ORIGIN,
          embedFonts: false,
        })!.body
        const panels = [...picture.matchAll(/<g data-panel="[^"]+">[\s\S]*?<\/g>(?=<|\n)/g)].map((m) => m[0])
        expect(panels.length, `${id} ${locale}`).toBeGreaterThan(0)
        for (const p of panels) expect(exported, `${id} ${locale}`).toContain(p)
      }
    }
  })
})
