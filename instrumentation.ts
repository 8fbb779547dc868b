/**
 * Runs once when a server starts. Under `next start` it refuses to serve a build whose CSP hash file is
 * missing or was made for another build (lib/http/csp-hashes-file.ts): every prerendered page would then be
 * sent a policy that blocks its own scripts, and nothing else would say so. A bare `next build` leaves
 * exactly that state; `npm run build` (scripts/build.ts) writes the file for the build it made.
 * `next dev` has no such file and needs none (the proxy sets no page policy there).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV === "development") return
  // Imported here, for Node only: the file is also compiled for the edge runtime, which has no fs.
  const { exitUnlessCspHashesMatch } = await import("@/lib/http/csp-hashes-file")
  exitUnlessCspHashesMatch()
}
