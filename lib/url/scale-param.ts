// A reader's log/linear choice is part of the page's address, so that a shared link shows the chart
// as it was read: `?scale=genai-ncmec:linear`. One `panel:scale` entry per chart panel, comma-separated,
// keyed by the panel's id (unique on every page: figure panels are named after their figure, a source
// page's after their series), so one parameter serves the home page's several figures, a figure page
// and an embed alike. Only a choice that differs from the panel's default is written: the default view
// keeps its plain address.

// Plain code, not a zod schema: this runs in the browser, where zod's first parse probes for eval
// (`Function("")`), which the Content-Security-Policy reports as a violation.
const SCALES = ["linear", "log"] as const
export type Scale = (typeof SCALES)[number]
const isScale = (s: string): s is Scale => (SCALES as readonly string[]).includes(s)

export const SCALE_PARAM = "scale"

/** A panel's chosen scale, by panel id. */
export type ScaleChoices = Readonly<Record<string, Scale>>

// Panel ids are lower-case words and hyphens (lib/charts/figure-defs.ts, seriesPanelDef in lib/charts/spec.ts), which
// an address carries as they are. Anything else in the parameter is not ours to read.
const PANEL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
// A hand-edited or hostile address is read no further than any page could use.
const MAX_ENTRIES = 64

/**
 * Only a panel drawn on a log scale by default offers the switch: a linear axis is the plain one, and a
 * log axis is chosen only where linear would hide the small values (lib/charts/figure-defs.ts, lib/charts/spec.ts).
 */
export const hasScaleSwitch = (defaultScale: Scale): boolean => defaultScale === "log"

/** The choices in a `scale` value; an entry that is not `panel-id:linear|log` is ignored. */
export function parseScaleParam(value: string | null | undefined): ScaleChoices {
  const choices: Record<string, Scale> = {}
  if (!value) return choices
  for (const entry of value.split(",").slice(0, MAX_ENTRIES)) {
    const at = entry.lastIndexOf(":")
    if (at < 0) continue
    const id = entry.slice(0, at)
    const scale = entry.slice(at + 1)
    if (PANEL_ID.test(id) && isScale(scale)) choices[id] = scale
  }
  return choices
}

/** The `scale` value for these choices ("" for none), in a stable order so that one view has one address. */
export function serializeScaleParam(choices: ScaleChoices): string {
  return Object.keys(choices)
    .filter((id) => PANEL_ID.test(id))
    .sort()
    .map((id) => `${id}:${choices[id]}`)
    .join(",")
}

// Own entries only: a panel id such as "constructor" must not read Object.prototype's.
const choiceOf = (choices: ScaleChoices, id: string): Scale | undefined =>
  Object.hasOwn(choices, id) ? choices[id] : undefined

/** The scale a panel is drawn on: the reader's choice where the panel has a switch, else its own. */
export function chosenScale(choices: ScaleChoices, panelId: string, defaultScale: Scale): Scale {
  return hasScaleSwitch(defaultScale) ? (choiceOf(choices, panelId) ?? defaultScale) : defaultScale
}

/** The choices after one panel is switched: a return to its default drops the entry. */
export function withChoice(
  choices: ScaleChoices,
  panelId: string,
  scale: Scale,
  defaultScale: Scale,
): ScaleChoices {
  const next = { ...choices }
  if (scale === defaultScale) delete next[panelId]
  else next[panelId] = scale
  return next
}

/**
 * A query string ("" or "?…") with `scale` set to these choices and every other parameter kept. The
 * scale value is written as it is (":" and "," are allowed in a query), so the address stays readable.
 */
export function searchWithScale(search: string, choices: ScaleChoices): string {
  const params = new URLSearchParams(search)
  params.delete(SCALE_PARAM)
  const rest = params.toString()
  const scale = serializeScaleParam(choices)
  const parts = [rest, scale ? `${SCALE_PARAM}=${scale}` : ""].filter(Boolean)
  return parts.length > 0 ? `?${parts.join("&")}` : ""
}

/** The choices that concern these panels (a figure's), for its copied link and embed code. */
function choicesFor(choices: ScaleChoices, panels: readonly ScalePanel[]): ScaleChoices {
  return Object.fromEntries(
    panels
      .filter((p) => chosenScale(choices, p.id, p.defaultScale) !== p.defaultScale)
      .map((p) => [p.id, chosenScale(choices, p.id, p.defaultScale)]),
  )
}

export type ScalePanel = { id: string; defaultScale: Scale }

/** A path ("/figures/genai", "/sources/ncmec#series-x") carrying a figure's choices in its query. */
export function pathWithScale(path: string, choices: ScaleChoices, panels: readonly ScalePanel[]): string {
  const hash = path.indexOf("#")
  const [base, fragment] = hash < 0 ? [path, ""] : [path.slice(0, hash), path.slice(hash)]
  const q = base.indexOf("?")
  const [pathname, search] = q < 0 ? [base, ""] : [base.slice(0, q), base.slice(q)]
  return `${pathname}${searchWithScale(search, choicesFor(choices, panels))}${fragment}`
}

/**
 * The one `scale` the export API draws every panel of a chart on (`?scale=linear|log`), if the reader's
 * choices differ from the defaults and the API can express them: undefined when every panel is on its
 * default, or when the panels are on different scales (the API would then draw one of them wrongly).
 */
export function exportScale(choices: ScaleChoices, panels: readonly ScalePanel[]): Scale | undefined {
  const drawn = panels.map((p) => chosenScale(choices, p.id, p.defaultScale))
  const first = drawn[0]
  if (first === undefined || drawn.some((s) => s !== first)) return undefined
  return panels.some((p) => p.defaultScale !== first) ? first : undefined
}
