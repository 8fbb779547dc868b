/**
 * Post-build: put V8's compile hint (lib/compile-hints.ts) at the top of every browser script of the
 * build. Runs after `next build` as part of "postbuild"; idempotent, so a second run changes nothing.
 * The file names keep their content hashes: the rewrite is deterministic, so a name still identifies
 * exactly one content and the files stay safe to cache as immutable.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { withCompileHint } from "@/lib/compile-hints"

const CHUNKS = join(".next", "static", "chunks")

function main() {
  const files = readdirSync(CHUNKS, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"))
  if (files.length === 0) throw new Error(`${CHUNKS} holds no script: run \`next build\` first`)
  let changed = 0
  for (const file of files) {
    const path = join(CHUNKS, file)
    const source = readFileSync(path, "utf8")
    const hinted = withCompileHint(source)
    if (hinted !== source) {
      writeFileSync(path, hinted)
      changed++
    }
  }
  console.log(`Compile hints: ${changed} of ${files.length} scripts marked for eager compilation`)
}

main()
