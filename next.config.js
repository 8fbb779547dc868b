// @ts-check
const createNextIntlPlugin = require("next-intl/plugin")

// The message catalogue and locale config live in lib/i18n so that pages never hard-code UI text.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts")

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
      {
        source: "/:path((?!embed/|ar/embed/).*)",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
        ],
      },
      {
        source: "/:path(embed/.*|ar/embed/.*)",
        headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }],
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
