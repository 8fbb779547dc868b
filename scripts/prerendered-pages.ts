/**
 * The documents `next build` prerendered, read from its prerender manifest: what the build steps after
 * it (rewrite-pages.ts, then csp-hashes.ts and compile-hints.ts) work on. Fails when the build has none, which means the steps
 * ran on a missing or broken build.
 */
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { z } from "zod"

export const DIST = ".next"

const PrerenderManifest = z.object({ routes: z.record(z.string(), z.object({}).loose()) })

/** A prerendered route ("/en/sources") and the HTML file that serves it. */
export type PrerenderedPage = { route: string; file: string }

export function prerenderedPages(): PrerenderedPage[] {
  const manifest = PrerenderManifest.parse(
    JSON.parse(readFileSync(join(DIST, "prerender-manifest.json"), "utf8")),
  )
  const pages = Object.keys(manifest.routes)
    .map((route) => ({ route, file: join(DIST, "server", "app", `${route}.html`) }))
    .filter((page) => existsSync(page.file)) // route handlers (icon.svg) have no document
  if (pages.length === 0) throw new Error(`${DIST}/prerender-manifest.json lists no prerendered page`)
  return pages
}
