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
