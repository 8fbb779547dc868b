import { readFileSync } from "node:fs"
import { join } from "node:path"
import { Marked, type Tokens } from "marked"

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
}
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!)

/** "1.4.0 (2026-12-02)" → "v1-4-0": an anchor for each release (/changelog#v1-4-0). */
export function releaseAnchor(heading: string): string | undefined {
  const version = /^(\d+)\.(\d+)\.(\d+)\b/.exec(heading.trim())
  return version ? `v${version.slice(1).join("-")}` : undefined
}

/**
 * data/CHANGELOG.md as HTML, for /changelog. Markdown only: HTML written in the file (a tag, a
 * comment) is shown as the text it is, never passed through, so nothing but markdown reaches the page.
 * The file's own title ("# Dataset changelog") is dropped: the page has its own, in both languages.
 * Each release heading gets an anchor (releaseAnchor).
 */
export function renderChangelog(markdown: string): string {
  const marked = new Marked({
    gfm: true,
    async: false,
    renderer: {
      html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
      heading({ tokens, depth, text }: Tokens.Heading) {
        if (depth === 1) return ""
        const id = depth === 2 ? releaseAnchor(text) : undefined
        return `<h${depth}${id ? ` id="${id}"` : ""}>${this.parser.parseInline(tokens)}</h${depth}>\n`
      },
    },
  })
  return marked.parse(markdown, { async: false })
}

/** The change log as it is on disk when the page is built (the page is prerendered: read once). */
export const readChangelog = () => readFileSync(join(process.cwd(), "data", "CHANGELOG.md"), "utf8")
