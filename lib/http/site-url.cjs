// @ts-check
// CommonJS so that next.config.js (which must stay CommonJS) and the app share one reading of the two
// settings that say where the site is: SITE_URL and TRUST_PROXY. Types: site-url.d.cts.

/**
 * SITE_URL, the site's public origin ("https://dashboard.example.org"), normalised (lower-case host, no
 * default port, no trailing slash); undefined when unset or empty. Anything but an http(s) origin (a
 * path, a query, credentials, another scheme) is a mistake worth stopping for, so it throws.
 * @param {string | undefined} value
 * @returns {string | undefined}
 */
function parseSiteUrl(value) {
  const raw = (value ?? "").trim()
  if (raw === "") return undefined
  const fail = (/** @type {string} */ why) => {
    throw new Error(
      `SITE_URL must be the site's public origin, such as https://dashboard.example.org: ${why} (got ${JSON.stringify(raw)})`,
    )
  }
  let url
  try {
    url = new URL(raw)
  } catch {
    return fail("it is not an absolute URL")
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") fail("use http:// or https://")
  if (url.username || url.password) fail("it must not carry a user name or password")
  if (url.pathname !== "/" || url.search || url.hash || /[?#]/.test(raw))
    fail("give the origin alone, with no path, query or fragment (the site is served at its root)")
  return url.origin
}

/**
 * TRUST_PROXY: "1" or "true" when the server sits behind a reverse proxy that sets X-Forwarded-Host and
 * X-Forwarded-Proto itself (overwriting whatever the client sent). Unset, "", "0" or "false": not
 * trusted. Any other value throws, so that a typo does not silently turn trust off.
 * @param {string | undefined} value
 * @returns {boolean}
 */
function parseTrustProxy(value) {
  const raw = (value ?? "").trim().toLowerCase()
  if (raw === "1" || raw === "true") return true
  if (raw === "" || raw === "0" || raw === "false") return false
  throw new Error(
    `TRUST_PROXY must be 1 (or true) to trust X-Forwarded-Host and -Proto, or 0 (got ${JSON.stringify(value)})`,
  )
}

module.exports = { parseSiteUrl, parseTrustProxy }
