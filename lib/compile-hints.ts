/**
 * V8's explicit compile hint (Chrome 136+, https://v8.dev/blog/explicit-compile-hints): a file that
 * opens with this comment has all its functions compiled eagerly, on a background thread while the
 * file streams in, instead of lazily on the main thread the first time each one is called.
 *
 * Without it, the framework's module factories (React DOM, the Next.js router) were compiled on the
 * main thread when the page started: one task of about 100 ms on this machine's CPU, 300–400 ms at
 * Lighthouse's mobile 4× slowdown, which was most of the total blocking time. Every script this app
 * ships runs as soon as it loads: the start-up chunks hydrate the page, and the lazy ones (the chart
 * drawing, the export code) are fetched exactly when they are about to run. So every chunk gets the
 * hint; browsers without the feature read a comment.
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad"

/** The script with the hint as its first line; a script that already has it is returned unchanged. */
export function withCompileHint(source: string): string {
  return source.startsWith(COMPILE_HINT) ? source : `${COMPILE_HINT}\n${source}`
}
