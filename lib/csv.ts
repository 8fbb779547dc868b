// RFC 4180: fields with a comma, quote, CR or LF are quoted, and quotes inside are doubled.
export function escapeCsvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ""
  const s = String(value)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  // CRLF line endings, as RFC 4180 specifies and Excel expects.
  return [header, ...rows].map((r) => r.map(escapeCsvField).join(",")).join("\r\n") + "\r\n"
}
