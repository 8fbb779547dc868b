import { describe, expect, it } from "vitest"
import { COMPILE_HINT, withCompileHint } from "@/lib/compile-hints"

describe("withCompileHint", () => {
  const chunk = '(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push([0,1,e=>{"use strict"}]);'

  it("puts V8's magic comment on the first line and keeps the script intact after it", () => {
    const hinted = withCompileHint(chunk)
    expect(COMPILE_HINT).toBe("//# allFunctionsCalledOnLoad")
    expect(hinted.split("\n")[0]).toBe(COMPILE_HINT)
    expect(hinted.slice(COMPILE_HINT.length + 1)).toBe(chunk)
  })

  it("is idempotent: running the post-build step twice adds the hint once", () => {
    const once = withCompileHint(chunk)
    expect(withCompileHint(once)).toBe(once)
  })

  it("leaves a script that only mentions the hint further down still hinted at the top", () => {
    const mentions = `var s = "${COMPILE_HINT}";`
    expect(withCompileHint(mentions).startsWith(`${COMPILE_HINT}\n`)).toBe(true)
  })
})
