/**
 * V8's explicit compile hint (Chrome 136+, https://v8.dev/blog/explicit-compile-hints): a file that
 * opens with this comment has all its functions compiled eagerly, on a background thread while the
 * file streams in, instead of lazily on the main thread the first time each one is called.
 *
 * Without it, the framework's module factories (React DOM, the Next.js router) were compiled on the
 * main thread when the page started: one task of about 100 ms on this machine's CPU, 300–400 ms at
 * Lighthouse's mobile 4× slowdown, which was most of the total blocking time.
 *
 * The hint says "all functions are called on load", which is true only of the start-up chunks: the
 * ones a page's HTML loads to hydrate (Next's root main files, and each route's layout, page and error
 * boundary chunks). Chunks loaded later by a dynamic import (Recharts' drawing, about 377 KB; the export
 * code) run a few functions of a large library, when the reader scrolls or clicks: compiling all of
 * theirs eagerly would spend CPU and memory on code that never runs. So only start-up chunks get it
 * (startupChunks); browsers without the feature read a comment.
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad"

/** The script with the hint as its first line; a script that already has it is returned unchanged. */
export function withCompileHint(source: string): string {
  return source.startsWith(COMPILE_HINT) ? source : `${COMPILE_HINT}\n${source}`
}

const CHUNK_URL = /^\/_next\/(static\/chunks\/[^?#]+\.js)$/

/**
 * The chunks that run at start-up, as paths under the build directory ("static/chunks/x.js"): the
 * build manifest's root main files (loaded by every page), and every chunk a prerendered page loads
 * from its HTML (`pageStartupScripts`, lib/build/defer-hydration.ts startupScriptUrls). Not the noModule
 * polyfills: only browsers without modules, which have no compile hints either, run them. Sorted.
 */
export function startupChunks(rootMainFiles: readonly string[], pageStartupScripts: readonly string[][]) {
  const chunks = new Set<string>()
  for (const file of rootMainFiles) {
    if (!/^static\/chunks\/[^?#]+\.js$/.test(file)) throw new Error(`not a chunk of the build: ${file}`)
    chunks.add(file)
  }
  for (const url of pageStartupScripts.flat()) {
    const chunk = CHUNK_URL.exec(url)?.[1]
    if (!chunk) throw new Error(`a page starts with a script that is not a chunk of the build: ${url}`)
    chunks.add(chunk)
  }
  return [...chunks].sort()
}
