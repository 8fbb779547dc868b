/**
 * Before `npm start` (and the test run): serve the build in .next if it was made by `npm run build` from
 * the sources and SITE_URL as they are now, and build first otherwise (lib/build/build-stamp.ts ensureBuild).
 */
import { spawnSync } from "node:child_process"
import { join } from "node:path"
import { ensureBuild } from "@/lib/build/build-stamp"

ensureBuild(process.cwd(), process.env, () => {
  const result = spawnSync(join("node_modules", ".bin", "tsx"), ["scripts/build.ts"], { stdio: "inherit" })
  if (result.error) throw result.error
  if (result.status !== 0) process.exit(result.status || 1)
})
