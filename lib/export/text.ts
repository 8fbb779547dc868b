// Text layout for exported SVGs, which have no layout engine: widths are estimated per character
// (Geist for Latin, Noto Sans Arabic for Arabic), generously, so that lines wrap before they overflow.

export function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  )
}

function charEm(c: string): number {
  if (/[\u0600-\u06FF\u0750-\u077F]/.test(c)) return 0.5
  if (c === " ") return 0.28
  if (/[A-Z]/.test(c)) return 0.68
  if (/[0-9]/.test(c)) return 0.6
  if (/[.,;:!'|()\[\]ilj]/.test(c)) return 0.3
  if (/[mwMW%—–→]/.test(c)) return 0.85
  return 0.56
}

export function estimateWidth(text: string, fontSize: number, bold = false): number {
  let em = 0
  for (const c of text) em += charEm(c)
  return em * fontSize * (bold ? 1.07 : 1)
}

/** Greedy word wrap to `maxWidth`; a single word longer than a line is broken where it must be. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = []
  let line = ""
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (estimateWidth(candidate, fontSize, bold) <= maxWidth) {
      line = candidate
      continue
    }
    if (line) lines.push(line)
    let rest = word
    while (estimateWidth(rest, fontSize, bold) > maxWidth) {
      let cut = rest.length - 1
      while (cut > 1 && estimateWidth(rest.slice(0, cut), fontSize, bold) > maxWidth) cut--
      lines.push(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    line = rest
  }
  if (line) lines.push(line)
  return lines
}

export type TextOpts = {
  x: number
  y: number
  size: number
  bold?: boolean
  fill?: string
  anchor?: "start" | "middle" | "end"
  rtl?: boolean
  attrs?: string
}

/** One line of SVG text; in right-to-left text "start" is the right edge, as in the page. */
export function svgText(text: string, o: TextOpts): string {
  const dir = o.rtl ? ' direction="rtl"' : ""
  return `<text x="${round(o.x)}" y="${round(o.y)}" font-size="${o.size}"${o.bold ? ' font-weight="700"' : ""} fill="${o.fill ?? "#1E1E1E"}" text-anchor="${o.anchor ?? "start"}"${dir}${o.attrs ? ` ${o.attrs}` : ""}>${escapeXml(text)}</text>`
}

export function round(n: number): number {
  return Math.round(n * 100) / 100
}
