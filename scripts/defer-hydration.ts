/**
 * Post-build: in every prerendered page, load the start-up scripts after the first frame instead of
 * alongside the stylesheet and fonts (lib/defer-hydration.ts says why). Runs after `next build` and
 * before the CSP hashes are taken, so the loader is hashed with the page's other inline scripts.
 * Idempotent; fails the build when a page's script tags are not in the form it knows.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { z } from "zod"
import { DeferHydrationError, deferHydration } from "@/lib/defer-hydration"

const DIST = ".next"

const PrerenderManifest = z.object({ routes: z.record(z.string(), z.object({}).loose()) })

function main() {
  const manifest = PrerenderManifest.parse(
    JSON.parse(readFileSync(join(DIST, "prerender-manifest.json"), "utf8")),
  )
  let pages = 0
  let rewritten = 0
  for (const route of Object.keys(manifest.routes)) {
    const file = join(DIST, "server", "app", `${route}.html`)
    if (!existsSync(file)) continue // route handlers (icon.svg) have no document
    pages++
    const html = readFileSync(file, "utf8")
    try {
      const result = deferHydration(html)
      if (result.html !== html) {
        writeFileSync(file, result.html)
        rewritten++
      }
    } catch (error) {
      if (error instanceof DeferHydrationError) throw new Error(`${file}: ${error.message}`)
      throw error
    }
  }
  if (pages === 0) throw new Error(`${DIST}/prerender-manifest.json lists no prerendered page`)
  console.log(`Hydration after first paint: ${rewritten} of ${pages} prerendered pages rewritten`)
}

main()
