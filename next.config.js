// @ts-check
const { PHASE_DEVELOPMENT_SERVER } = require("next/constants")
const createNextIntlPlugin = require("next-intl/plugin")

// The message catalogue and locale config live in lib/i18n so that pages never hard-code UI text.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts")

// Every response: no other origin may be contacted (no CDN, font host or analytics exists), types are not
// sniffed, no referrer leaves the site, and only the features the product uses are allowed (clipboard for
// copying, full screen for briefings). The base policy below forbids inline scripts; proxy.ts replaces it on
// pages with one that also allows that page's own inline scripts, by hash (prerendered pages) or by nonce
// (pages rendered on demand). See lib/http/csp.ts.
const CSP_DIRECTIVES = require("./lib/http/csp-directives.json")

// Where the site is (README, Deploying): read here so that a malformed value stops `next build` and
// `next start` with a sentence, rather than printing a wrong address on every export. SITE_URL is also
// passed to the pages, which are prerendered: their copy-link, embed code and deck address use it.
const { parseSiteUrl, parseTrustProxy } = require("./lib/http/site-url.cjs")
const SITE_URL = parseSiteUrl(process.env.SITE_URL)
parseTrustProxy(process.env.TRUST_PROXY)
const BASE_CSP = Object.entries(CSP_DIRECTIVES)
  .map(([name, values]) => [name, ...values].join(" "))
  .join("; ")

const COMMON_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), clipboard-write=(self), fullscreen=(self)",
  },
]

// English is served at "/" and Arabic at "/ar" by config rewrites, not by a locale middleware: Next 16
// treats a middleware's rewrite as cross-origin whenever the server is bound to a host other than
// "localhost" (vercel/next.js#94342, #94745), which turns "/" into a redirect loop. Config rewrites are
// resolved inside the router, need no per-request code, and keep every page static.
const NOT_LOCALISED = "(?!ar(?:/|$)|en(?:/|$)|api(?:/|$)|_next/)"

// /compare and /briefing without a query are prerendered; with one of their query parameters they are
// served by their on-demand "selection" route, at the same address (lib/http/query-views.ts says why).
const QUERY_VIEWS = require("./lib/http/query-views.json")
const LOCALE_PREFIXES = [
  { public: "", route: "/en" },
  { public: "/ar", route: "/ar" },
]
const queryViewRewrites = Object.entries(QUERY_VIEWS.pages).flatMap(([page, keys]) =>
  LOCALE_PREFIXES.flatMap((prefix) =>
    /** @type {string[]} */ (keys).map((key) => ({
      source: `${prefix.public}${page}`,
      has: [{ type: /** @type {const} */ ("query"), key }],
      destination: `${prefix.route}${page}/${QUERY_VIEWS.segment}`,
    })),
  ),
)
// The common views, a listed set of values of a few keys and no other key of the page
// (`/briefing?slide=3`, `/compare?series=x`, `/compare?from=2023&to=2024`), have prerendered routes of
// their own (`/en/briefing/slide/3`, `/en/compare/from/2023/to/2024`): these rewrites, one per view, go
// before the selection rewrites. Next anchors each `has` value (^…$), so a rewrite matches exactly its
// values, and any other (`?slide=99`, `?slide=03`) still reaches the selection route rather than a 404. A
// `missing` key without a value blocks the rewrite only when it has a non-empty value.
/** @param {string} value */
const escapeRegex = (value) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
/** @type {[string, { keys: string[], values: string[][] }[]][]} */
const PRERENDERED_VIEWS = Object.entries(QUERY_VIEWS.prerendered)
// A view's route below its page, as lib/http/query-views.ts prerenderedViewRoute writes it (this file
// cannot import TypeScript): ["from", "to"] → "/from/<value 0>/to/<value 1>".
/** @param {string[]} keys @param {(key: string, i: number) => string} value */
const viewPath = (keys, value) => keys.map((key, i) => `/${key}/${value(key, i)}`).join("")
const prerenderedViewRewrites = PRERENDERED_VIEWS.flatMap(([page, shapes]) =>
  shapes.flatMap(({ keys, values }) =>
    values.flatMap((view) =>
      LOCALE_PREFIXES.map((prefix) => ({
        source: `${prefix.public}${page}`,
        has: keys.map((key, i) => ({
          type: /** @type {const} */ ("query"),
          key,
          value: escapeRegex(/** @type {string} */ (view[i])),
        })),
        missing: /** @type {string[]} */ (QUERY_VIEWS.pages[page])
          .filter((key) => !keys.includes(key))
          .map((key) => ({ type: /** @type {const} */ ("query"), key })),
        destination: `${prefix.route}${page}${viewPath(keys, (_, i) => /** @type {string} */ (view[i]))}`,
      })),
    ),
  ),
)
// The selection route has no address of its own: /compare/selection?x is /compare?x. Nor has a
// prerendered view: /briefing/slide/3 is /briefing?slide=3 (from /en/… too, in one step).
const queryViewRedirects = [
  ...Object.keys(QUERY_VIEWS.pages).flatMap((page) =>
    LOCALE_PREFIXES.map((prefix) => ({
      source: `${prefix.public}${page}/${QUERY_VIEWS.segment}`,
      destination: `${prefix.public}${page}`,
      permanent: true,
    })),
  ),
  ...PRERENDERED_VIEWS.flatMap(([page, shapes]) =>
    shapes.flatMap(({ keys }) =>
      ["", "/en", "/ar"].map((prefix) => ({
        source: `${prefix}${page}${viewPath(keys, (key) => `:${key}`)}`,
        destination: `${prefix === "/ar" ? prefix : ""}${page}?${keys.map((key) => `${key}=:${key}`).join("&")}`,
        permanent: true,
      })),
    ),
  ),
]

/** @type {(isDev: boolean) => import('next').NextConfig} */
const nextConfig = (isDev) => ({
  poweredByHeader: false,
  // Loaded by Node as they are, not bundled: resvg is a native module, and subset-font's HarfBuzz and
  // pptxgenjs's zip writer read their own files at run time (PowerPoint export, lib/export/pptx.ts).
  serverExternalPackages: ["@resvg/resvg-js", "subset-font", "pptxgenjs"],
  // A woff2 imported from code is emitted as a static file and the import is its URL: app/fonts.ts gives
  // the Arabic face's URLs to its @font-face rules and to the Arabic pages' preload (lib/format/arabic-font.ts).
  turbopack: { rules: { "*.woff2": { type: "asset" } } },
  env: { NEXT_PUBLIC_SITE_URL: SITE_URL ?? "" },
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: COMMON_HEADERS },
      // Only /embed/* may be framed by another site (proxy.ts gives those pages frame-ancestors *).
      { source: "/:path((?!embed/|ar/embed/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      // `next dev` needs eval and inline scripts for its overlay and refresh.
      ...(isDev
        ? []
        : [{ source: "/:path*", headers: [{ key: "Content-Security-Policy", value: BASE_CSP }] }]),
    ]
  },
  async redirects() {
    // One canonical URL per page: /en/x is /x.
    return [
      ...queryViewRedirects,
      { source: "/en", destination: "/", permanent: true },
      { source: "/en/:path*", destination: "/:path*", permanent: true },
    ]
  },
  async rewrites() {
    return {
      beforeFiles: [],
      // After files, so /favicon.ico and other public files are served as they are.
      afterFiles: [
        ...prerenderedViewRewrites,
        ...queryViewRewrites,
        { source: "/", destination: "/en" },
        { source: `/:path(${NOT_LOCALISED}.*)`, destination: "/en/:path" },
      ],
      fallback: [],
    }
  },
})

module.exports = (/** @type {string} */ phase) => withNextIntl(nextConfig(phase === PHASE_DEVELOPMENT_SERVER))
