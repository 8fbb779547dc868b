import { messagesFor } from "../i18n/catalogues"
import { localizedPath } from "../i18n/paths"
import type { Locale } from "../i18n/locale"
import { directionOf } from "../i18n/routing"
import { SUPPORT_RESOURCES } from "../format/support-resources"
import { CSS_COLOURS } from "../charts/colours"

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)

/**
 * A complete error page as a string, for the few answers the proxy gives itself (a path that cannot be
 * decoded never reaches the app's own pages). No script, no stylesheet: it must read under the base
 * policy and from any path. It says what went wrong, gives a way back, and carries the content note and
 * the support resources like every other page.
 */
export function errorPageHtml(locale: Locale, status: 400, kind: "badAddress"): string {
  const m = messagesFor(locale)
  const { errors: e, contentNote: note } = m
  const resources = SUPPORT_RESOURCES.map(
    (r) =>
      `<li><a href="${escapeHtml(r.url)}" lang="en" dir="ltr">${escapeHtml(note.resources[r.key].name)}</a>: ${escapeHtml(note.resources[r.key].description)}</li>`,
  ).join("")
  const title = e[`${kind}Title`]
  const C = CSS_COLOURS
  const style = [
    `body{font-family:system-ui,sans-serif;margin:0;color:${C["--color-site-text"]};line-height:1.5}`,
    `header p{margin:0;background:${C["--color-site-banner"]};color:${C["--color-paper"]};padding:.5rem 1rem;text-align:center}`,
    "main,footer{max-width:48rem;margin:0 auto;padding:1rem}",
    `footer{border-top:1px solid ${C["--color-site-rule"]}}a{color:${C["--color-site-link"]}}`,
    `header a{color:${C["--color-paper"]}}`,
  ].join("")
  return `<!DOCTYPE html>
<html lang="${locale}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · ${escapeHtml(m.meta.name)}</title>
<style>${style}</style>
</head>
<body>
<header><p>${escapeHtml(note.notAlone)} <a href="#support">${escapeHtml(m.nav.contentNote)}</a></p></header>
<main id="main">
<p>${escapeHtml(e.status[status])}</p>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(e[`${kind}Body`])}</p>
<p><a href="${localizedPath("/", locale)}">${escapeHtml(e.home)}</a></p>
</main>
<footer>
<section id="support" aria-labelledby="support-heading">
<h2 id="support-heading">${escapeHtml(note.heading)}</h2>
<p>${escapeHtml(note.body)}</p>
<ul>${resources}</ul>
<p><strong>${escapeHtml(note.notAlone)}</strong></p>
</section>
</footer>
</body>
</html>
`
}
