import { createLoader, parseAsBoolean, parseAsString } from "nuqs/server"

// The URL is the state of /compare: every selection is a query parameter, so a link reproduces the view.
// Parsed with nuqs on the server (loadCompareSearchParams below) and bound to the controls with the
// same parsers. Kept apart from compare-query.ts so the controls' browser bundle does not carry the
// dataset schema and the comparison logic.
export const compareSearchParams = {
  source: parseAsString,
  series: parseAsString,
  from: parseAsString,
  to: parseAsString,
  adjusted: parseAsBoolean.withDefault(true),
}

/** The selection a query names; the browser's fallback controls (compare-controls.tsx) read it too. */
export const loadCompareSearchParams = createLoader(compareSearchParams)
