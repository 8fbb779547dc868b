// @ts-check
const createNextIntlPlugin = require("next-intl/plugin")

// The message catalogue and locale config live in lib/i18n so that pages never hard-code UI text.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts")

// Every response: no other origin may be contacted (no CDN, font host or analytics exists), types are not
// sniffed, no referrer leaves the site, and only the features the product uses are allowed (clipboard for
// copying, full screen for briefings). Inline scripts are still allowed: Next's bootstrap scripts need a
// per-request nonce to be forbidden, which static pages cannot carry (open work, issue 8).
const CSP = (frameAncestors) =>
  [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ")

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

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    // Only /embed/* may be framed by another site; everything else refuses to be framed.
    return [
      { source: "/:path*", headers: COMMON_HEADERS },
      {
        source: "/:path((?!embed/|ar/embed/).*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: CSP("'none'") },
        ],
      },
      {
        source: "/:path(embed/.*|ar/embed/.*)",
        headers: [{ key: "Content-Security-Policy", value: CSP("*") }],
      },
    ]
  },
  async redirects() {
    // One canonical URL per page: /en/x is /x.
    return [
      { source: "/en", destination: "/", permanent: true },
      { source: "/en/:path*", destination: "/:path*", permanent: true },
    ]
  },
  async rewrites() {
    return {
      beforeFiles: [],
      // After files, so /favicon.ico and other public files are served as they are.
      afterFiles: [
        { source: "/", destination: "/en" },
        { source: `/:path(${NOT_LOCALISED}.*)`, destination: "/en/:path" },
      ],
      fallback: [],
    }
  },
}

module.exports = withNextIntl(nextConfig)
