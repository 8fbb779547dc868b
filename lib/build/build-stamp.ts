import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative, sep } from "node:path"
import { z } from "zod"
import { BUILD_ID_FILE } from "../http/csp"

/**
 * `npm start` serves the build in .next when it was made from the sources as they are now, and builds
 * first when it was not (scripts/start.ts). "As they are now" is a fingerprint of everything that goes
 * into a build: the app's code, data and messages, the configuration, the locked dependencies, the
 * build's own steps, and the environment variables baked into the pages. scripts/build.ts takes it
 * before it starts and stamps it into .next when every step has passed, so an interrupted or failed
 * build leaves no stamp and is redone.
 */

/** Folders whose every file is a build input. */
const BUILD_INPUT_DIRS = ["app", "components", "lib", "data", "messages", "public", "types"] as const

/** Single files that are build inputs: configuration, dependencies, and the scripts the build runs. */
const BUILD_INPUT_FILES = [
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "postcss.config.mjs",
  "scripts/build.ts",
  "scripts/data-check.ts",
  "scripts/subset-fonts.ts",
  "scripts/rewrite-pages.ts",
  "scripts/csp-hashes.ts",
  "scripts/compile-hints.ts",
  "scripts/prerendered-pages.ts",
] as const

/**
 * Environment variables read when building. SITE_URL is written into every prerendered page (copy
 * link, embed code, deck address); TRUST_PROXY is read by the server per request and is not here.
 */
const BUILD_ENV = ["SITE_URL"] as const

/** The stamp scripts/build.ts writes at the end of a successful build. */
export const BUILD_STAMP_FILE = ".next/build-stamp.json"

export const BuildStampSchema = z.strictObject({ buildId: z.string().min(1), inputs: z.string().min(1) })
type BuildStamp = z.infer<typeof BuildStampSchema>

/** The build inputs under `root` that exist, as sorted "/"-separated paths. Dotfiles are skipped. */
export function buildInputFiles(root: string): string[] {
  const files: string[] = []
  for (const dir of BUILD_INPUT_DIRS) {
    const abs = join(root, dir)
    if (!existsSync(abs)) continue
    for (const entry of readdirSync(abs, { recursive: true, encoding: "utf8" })) {
      const path = join(abs, entry)
      if (entry.split(sep).some((part) => part.startsWith("."))) continue
      if (statSync(path).isFile()) files.push(relative(root, path).split(sep).join("/"))
    }
  }
  for (const file of BUILD_INPUT_FILES) if (existsSync(join(root, file))) files.push(file)
  return files.sort()
}

/**
 * One hash of the inputs: each file's path and content, and each build variable's value (unset and
 * empty are the same: next.config.js treats them alike).
 */
function inputsFingerprint(
  files: readonly { path: string; content: Buffer | string }[],
  env: Readonly<Record<string, string | undefined>>,
): string {
  const hash = createHash("sha256")
  for (const { path, content } of [...files].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  )) {
    hash.update(`file ${path}\0`).update(createHash("sha256").update(content).digest("hex")).update("\0")
  }
  for (const name of BUILD_ENV) hash.update(`env ${name}=${env[name] ?? ""}\0`)
  return hash.digest("hex")
}

/** The fingerprint of the inputs in `root` and the given environment. */
export const currentFingerprint = (root: string, env: Readonly<Record<string, string | undefined>>) =>
  inputsFingerprint(
    buildInputFiles(root).map((path) => ({ path, content: readFileSync(join(root, path)) })),
    env,
  )

/**
 * Whether the build in .next can be served as it is: stamped, still the build the stamp was made for
 * (a bare `next build` since would have replaced it), and made from these inputs. Says why not.
 */
export function buildVerdict(
  stamp: string | undefined,
  buildId: string | undefined,
  fingerprint: string,
): { serve: true; buildId: string } | { serve: false; reason: string } {
  if (buildId === undefined) return { serve: false, reason: "there is no build" }
  if (stamp === undefined)
    return { serve: false, reason: `build ${buildId.trim()} was not made by \`npm run build\`` }
  let parsed: BuildStamp
  try {
    parsed = BuildStampSchema.parse(JSON.parse(stamp))
  } catch {
    return { serve: false, reason: `${BUILD_STAMP_FILE} cannot be read` }
  }
  if (parsed.buildId !== buildId.trim()) {
    return {
      serve: false,
      reason: `the stamp is for build ${parsed.buildId}, the build is ${buildId.trim()}`,
    }
  }
  if (parsed.inputs !== fingerprint) {
    return { serve: false, reason: `the sources or SITE_URL changed since build ${parsed.buildId}` }
  }
  return { serve: true, buildId: parsed.buildId }
}

const readIfThere = (file: string) => {
  try {
    return readFileSync(file, "utf8")
  } catch {
    return undefined
  }
}

/**
 * What `npm start` does first (scripts/ensure-build.ts): serve the build in `root` if buildVerdict
 * allows it, run `build` otherwise, and print one line saying which.
 */
export function ensureBuild(
  root: string,
  env: Readonly<Record<string, string | undefined>>,
  build: () => void,
  log: (line: string) => void = console.log,
): "served" | "built" {
  const verdict = buildVerdict(
    readIfThere(join(root, BUILD_STAMP_FILE)),
    readIfThere(join(root, BUILD_ID_FILE)),
    currentFingerprint(root, env),
  )
  if (verdict.serve) {
    log(`Serving build ${verdict.buildId} as it is: it was made from these sources.`)
    return "served"
  }
  log(`Building first: ${verdict.reason}.`)
  build()
  return "built"
}
