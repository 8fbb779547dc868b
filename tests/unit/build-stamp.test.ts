import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { buildInputFiles, buildVerdict, currentFingerprint, ensureBuild } from "@/lib/build/build-stamp"

// `npm start` builds only when the build in .next was not made from the sources as they are
// (scripts/ensure-build.ts). Before, it rebuilt on every start (2 min 43 s on the test machine).

let root: string
const write = (path: string, content: string) => {
  mkdirSync(join(root, path, ".."), { recursive: true })
  writeFileSync(join(root, path), content)
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "build-stamp-"))
  write("app/page.tsx", "export default 1")
  write("data/series.json", "[]")
  write("package-lock.json", "{}")
  write("tests/unit/x.test.ts", "test")
  write("README.md", "# readme")
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** A finished build of the sources as they are now, stamped as scripts/build.ts stamps it. */
function stampBuild(env: Record<string, string | undefined> = {}) {
  write(".next/BUILD_ID", "b1")
  write(".next/build-stamp.json", JSON.stringify({ buildId: "b1", inputs: currentFingerprint(root, env) }))
}

function start(env: Record<string, string | undefined> = {}) {
  const lines: string[] = []
  let builds = 0
  const result = ensureBuild(
    root,
    env,
    () => builds++,
    (l) => lines.push(l),
  )
  return { result, builds, lines }
}

describe("ensureBuild", () => {
  it("serves a build made from these sources, without building", () => {
    stampBuild()
    expect(start()).toEqual({
      result: "served",
      builds: 0,
      lines: ["Serving build b1 as it is: it was made from these sources."],
    })
  })

  it("builds when a source file changed, or was added, since the build", () => {
    stampBuild()
    write("app/page.tsx", "export default 2")
    expect(start()).toMatchObject({ result: "built", builds: 1 })
    stampBuild()
    write("messages/en.json", "{}")
    expect(start()).toMatchObject({
      result: "built",
      lines: ["Building first: the sources or SITE_URL changed since build b1."],
    })
  })

  it("builds when SITE_URL, which the pages are built with, is not the build's", () => {
    stampBuild({ SITE_URL: "https://a.example" })
    expect(start({ SITE_URL: "https://a.example" }).result).toBe("served")
    expect(start({ SITE_URL: "https://b.example" }).result).toBe("built")
    expect(start({}).result).toBe("built")
  })

  it("does not rebuild for a change to tests or documentation", () => {
    stampBuild()
    write("tests/unit/x.test.ts", "changed")
    write("README.md", "changed")
    expect(start().result).toBe("served")
  })

  it("builds when there is no build, no stamp (a bare `next build`) or a stamp for another build", () => {
    expect(start().lines).toEqual(["Building first: there is no build."])
    write(".next/BUILD_ID", "b2")
    expect(start().lines).toEqual(["Building first: build b2 was not made by `npm run build`."])
    stampBuild()
    write(".next/BUILD_ID", "b3")
    expect(start()).toMatchObject({
      result: "built",
      lines: ["Building first: the stamp is for build b1, the build is b3."],
    })
  })
})

describe("buildInputFiles", () => {
  it("lists the sources and configuration, not tests, docs or the build output", () => {
    stampBuild()
    expect(buildInputFiles(root)).toEqual(["app/page.tsx", "data/series.json", "package-lock.json"])
  })

  it("makes the verdict say why when the stamp cannot be read", () => {
    expect(buildVerdict("{", "b1", "x")).toEqual({
      serve: false,
      reason: ".next/build-stamp.json cannot be read",
    })
  })
})
