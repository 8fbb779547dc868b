import { readFileSync } from "node:fs"
import { join } from "node:path"
import { BUILD_ID_FILE, checkCspHashes, CSP_HASHES_FILE } from "./csp"

const readIfThere = (file: string) => {
  try {
    return readFileSync(file, "utf8")
  } catch {
    return undefined
  }
}

/** checkCspHashes on the files of the build in `dir` (the server's working directory). */
export const loadCspHashes = (dir: string = process.cwd()) =>
  checkCspHashes(readIfThere(join(dir, BUILD_ID_FILE)), readIfThere(join(dir, CSP_HASHES_FILE)))

/**
 * For instrumentation.ts: end the server process, with one sentence saying why, when the build's hash
 * file does not match it. Exit rather than throw: the process ends with a non-zero status, whatever
 * Next does with an error thrown while it starts, so a process manager or a deploy script sees it.
 */
export function exitUnlessCspHashesMatch(dir: string = process.cwd()) {
  const loaded = loadCspHashes(dir)
  if (loaded.ok) return
  console.error(`The server will not start: ${loaded.problem}.`)
  process.exit(1)
}
