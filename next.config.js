// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

// The message catalogue and locale config live in lib/i18n so that pages never hard-code UI text.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
};

module.exports = withNextIntl(nextConfig);
