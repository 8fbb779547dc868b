import { GeistSans } from "geist/font/sans"
import localFont from "next/font/local"

// Fonts ship from npm packages: the build and the pages make no request to a font host.
export const latinFont = GeistSans

export const arabicFont = localFont({
  src: "../node_modules/@fontsource-variable/noto-sans-arabic/files/noto-sans-arabic-arabic-wght-normal.woff2",
  variable: "--font-arabic",
  weight: "100 900",
  display: "swap",
  preload: false,
})
