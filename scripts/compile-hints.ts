/**
 * Build step: put V8's compile hint (lib/build/compile-hints.ts) at the top of each start-up chunk, and of no
 * other script: the chunks are read from the build manifest and from the prerendered pages, after
 * rewrite-pages.ts (scripts/build.ts). Idempotent, so a second run changes nothing. The file names keep
 * their content hashes: the rewrite is deterministic, so a name still identifies exactly one content and
 * the files stay safe to cache as immutable.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { z } from "zod"
import { startupChunks, withCompileHint } from "@/lib/build/compile-hints"
import { startupScriptUrls } from "@/lib/build/defer-hydration"
import { DIST, prerenderedPages, type PrerenderedPage } from "./prerendered-pages"

const BuildManifest = z.object({ rootMainFiles: z.array(z.string()).min(1) })

/** Adds the hints; returns the line the build prints. */
export function addCompileHints(pages: readonly PrerenderedPage[] = prerenderedPages(), dist = DIST): string {
  const manifest = BuildManifest.parse(JSON.parse(readFileSync(join(dist, "build-manifest.json"), "utf8")))
  const chunks = startupChunks(
    manifest.rootMainFiles,
    pages.map(({ file }) => startupScriptUrls(readFileSync(file, "utf8"))),
  )
  for (const chunk of chunks) {
    const path = join(dist, chunk)
    if (!existsSync(path)) throw new Error(`${path}: a start-up chunk the build names is not in the build`)
    const source = readFileSync(path, "utf8")
    const hinted = withCompileHint(source)
    if (hinted !== source) writeFileSync(path, hinted)
  }
  const all = readdirSync(join(dist, "static", "chunks"), { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith(".js"),
  )
  return `Compile hints: ${chunks.length} start-up chunks of ${all.length} scripts marked for eager compilation`
}
