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

/**
 * A number as a spreadsheet in any locale imports it: digits, and for a fraction an integer mantissa with
 * a power of ten (4.1 → "41E-1", 8.79 → "879E-2", 98.7 → "987E-1"; 4700 stays "4700"). A decimal point is
 * read as a decimal separator only where the locale says so: LibreOffice Calc with German or French
 * settings keeps "4.1" as text (and Excel there expects "4,1", which breaks the file for everyone else).
 * With no separator to misread, the cell is the number in en-US, de-DE, fr-FR and ar-SA alike
 * (tests/unit/csv-libreoffice.test.ts), and every program that reads numbers (Python, R, pandas,
 * JavaScript's Number) reads it too.
 */
export function localeSafeNumber(value: number): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(value))
  if (!m) return String(value) // NaN or Infinity: not in the data (the schema rejects them).
  const [, sign, whole, fraction = "", exp = "0"] = m
  const mantissa = `${whole}${fraction}`.replace(/^0+(?=\d)/, "")
  const power = Number(exp) - fraction.length
  if (mantissa === "0") return "0"
  return power === 0 ? `${sign}${mantissa}` : `${sign}${mantissa}E${power}`
}
