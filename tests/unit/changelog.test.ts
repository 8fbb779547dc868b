import { describe, expect, it } from "vitest"
import { readChangelog, releaseAnchor, renderChangelog } from "@/lib/data/changelog"

describe("the change log page's markdown", () => {
  it("shows HTML written in the file as text, never as HTML", () => {
    const html = renderChangelog(
      'a <b onclick="x()">bold</b> b\n\n<script>alert(1)</script>\n\n<!-- note -->\n',
    )
    expect(html).not.toMatch(/<script|<b |<!--/)
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;")
    expect(html).toContain("&lt;b onclick=&quot;x()&quot;&gt;")
    expect(html).toContain("&lt;!-- note --&gt;")
  })

  it("escapes text and code, and renders the markdown the file uses", () => {
    const html = renderChangelog(
      "# Dataset changelog\n\n## 1.4.0 (2026-12-02)\n\n### Wording\n\n- **bold** _it_ `a<b` & c\n  - nested\n\n| a | b |\n| - | - |\n| 1 | 2 |\n",
    )
    expect(html).not.toContain("<h1")
    expect(html).toContain('<h2 id="v1-4-0">1.4.0 (2026-12-02)</h2>')
    expect(html).toContain("<h3>Wording</h3>")
    expect(html).toContain("<strong>bold</strong> <em>it</em> <code>a&lt;b</code> &amp; c")
    expect(html).toMatch(/<ul>\s*<li>nested<\/li>\s*<\/ul>/)
    expect(html).toMatch(/<table>[\s\S]*<th>a<\/th>[\s\S]*<td>2<\/td>/)
  })

  it("anchors each release by its version", () => {
    expect(releaseAnchor("1.10.2 (2027-01-01)")).toBe("v1-10-2")
    expect(releaseAnchor("Wording")).toBeUndefined()
  })

  it("renders data/CHANGELOG.md with one anchored heading per release and no raw HTML", () => {
    const markdown = readChangelog()
    const html = renderChangelog(markdown)
    const releases = markdown.match(/^## \d+\.\d+\.\d+/gm) ?? []
    expect(releases.length).toBeGreaterThan(0)
    expect(html.match(/<h2 id="v\d+-\d+-\d+">/g)?.length).toBe(releases.length)
    expect(html).not.toMatch(/<(script|style|iframe|img)\b/)
  })
})
