import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"

// Where the programs the outside-program tests drive are (LibreOffice, librsvg, poppler), found once for
// every such test; scripts/find-office.sh installs them in CI.

/** A program's path on PATH, or undefined. */
export function which(name: string): string | undefined {
  try {
    return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim() || undefined
  } catch {
    return undefined
  }
}

/** LibreOffice's soffice: $SOFFICE_PATH, PATH, or where Debian and macOS install it. */
export const soffice: string | undefined =
  (process.env.SOFFICE_PATH && existsSync(process.env.SOFFICE_PATH) ? process.env.SOFFICE_PATH : undefined) ??
  which("soffice") ??
  [
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  ].find(existsSync)
