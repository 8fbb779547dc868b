// Flat ODF spreadsheets (.fods) as LibreOffice Calc writes them: each cell says what type Calc gave it
// (office:value-type) and, for a number or date, its value (office:value, office:date-value).

export type Cell = { type?: string; value?: string; text: string }

const unescape = (s: string) =>
  s
    .replace(/<text:s\/>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")

/** A table's rows as Calc typed them, from its XML in a .fods file. */
function readRows(table: string): Cell[][] {
  const rows: Cell[][] = []
  for (const row of table.matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: Cell[] = []
    const cellRe =
      /<table:(?:covered-)?table-cell\b((?:[^>"]|"[^"]*")*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g
    for (const m of row[1]!.matchAll(cellRe)) {
      const attrs = m[1]!
      const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1]
      const repeat = Math.min(Number(attr("table:number-columns-repeated") ?? 1), 64)
      const cell = {
        type: attr("office:value-type"),
        value: attr("office:value") ?? attr("office:date-value"),
        text: unescape(m[2] ?? "").trim(),
      }
      for (let i = 0; i < repeat; i++) cells.push(cell)
    }
    rows.push(cells)
  }
  return rows
}

/** The first sheet's rows as Calc typed them, read from the .fods XML. */
export function readFods(xml: string): Cell[][] {
  return readRows(/<table:table\b[^>]*>([\s\S]*?)<\/table:table>/.exec(xml)?.[1] ?? "")
}

export type FodsTable = { name: string; writingMode: string | undefined; rows: Cell[][] }

/** Every sheet in order: its name, its writing mode (rl-tb: right to left) and its rows as Calc typed them. */
export function readFodsTables(xml: string): FodsTable[] {
  const modes = new Map(
    [
      ...xml.matchAll(
        /<style:style style:name="([^"]+)" style:family="table"[^>]*>\s*<style:table-properties[^>]*style:writing-mode="([^"]+)"/g,
      ),
    ].map((m) => [m[1]!, m[2]!]),
  )
  // `\s` after the name: `<table:table-row` and the like are not tables.
  return [...xml.matchAll(/<table:table(\s[^>]*)>([\s\S]*?)<\/table:table>/g)].map((m) => ({
    name: unescape(/table:name="([^"]*)"/.exec(m[1]!)?.[1] ?? ""),
    writingMode: modes.get(/table:style-name="([^"]*)"/.exec(m[1]!)?.[1] ?? ""),
    rows: readRows(m[2]!),
  }))
}
