/**
 * `npm run build`: every step of a build, in order, each failing the build loudly, so that no package
 * manager hook (npm's "prebuild"/"postbuild", which pnpm and a bare `next build` skip) is needed:
 *   1. validate the data (scripts/data-check.ts) and cut the Arabic font (scripts/subset-fonts.ts);
 *   2. `next build`;
 *   3. rewrite the prerendered pages (rewrite-pages.ts), hash their inline scripts for the
 *      Content-Security-Policy, stamped with the build id (csp-hashes.ts), and put V8's compile hint on
 *      the start-up chunks (compile-hints.ts);
 *   4. stamp the build with the fingerprint of its inputs (lib/build/build-stamp.ts), taken before step 1, so
 *      that `npm start` can tell whether it may serve this build as it is (scripts/ensure-build.ts).
 * Arguments are passed to `next build`.
 */
import { spawnSync } from "node:child_process"
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { BUILD_STAMP_FILE, BuildStampSchema, currentFingerprint } from "@/lib/build/build-stamp"
import { BUILD_ID_FILE } from "@/lib/http/csp"
import { addCompileHints } from "./compile-hints"
import { writeCspHashes } from "./csp-hashes"
import { rewritePages } from "./rewrite-pages"

function run(bin: string, args: readonly string[]) {
  const result = spawnSync(join("node_modules", ".bin", bin), args, { stdio: "inherit" })
  if (result.error) throw result.error
  if (result.status !== 0) {
    console.error(`build: \`${[bin, ...args].join(" ")}\` failed (exit ${result.status ?? result.signal})`)
    process.exit(result.status || 1)
  }
}

function main() {
  const inputs = currentFingerprint(process.cwd(), process.env)
  // A stamp left from the previous build must not outlive a build that fails from here on.
  rmSync(BUILD_STAMP_FILE, { force: true })
  run("tsx", ["scripts/data-check.ts"])
  run("tsx", ["scripts/subset-fonts.ts"])
  run("next", ["build", ...process.argv.slice(2)])
  const buildId = readFileSync(BUILD_ID_FILE, "utf8").trim()
  try {
    console.log(rewritePages())
    console.log(writeCspHashes(buildId))
    console.log(addCompileHints())
  } catch (error) {
    console.error(
      `build: a step after \`next build\` failed: ${error instanceof Error ? error.message : error}`,
    )
    process.exit(1)
  }
  writeFileSync(BUILD_STAMP_FILE, JSON.stringify(BuildStampSchema.parse({ buildId, inputs }), null, 2))
  console.log(`Build ${buildId} is ready.`)
}

main()
