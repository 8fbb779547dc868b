import { execFileSync } from "node:child_process"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { checkDataDir } from "@/lib/data/check"
import { formatIssue } from "@/lib/data/validate"
import { firstObservation, rawCopy, writeDataDir } from "./fixtures"

const root = path.resolve(__dirname, "../..")

function runCli(dir: string): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(
      process.execPath,
      [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/data-check.ts", dir],
      {
        cwd: root,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    )
    return { code: 0, stdout, stderr: "" }
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string }
    return { code: e.status, stdout: e.stdout, stderr: e.stderr }
  }
}

describe("data:check", () => {
  it("passes the real data folder and prints a one-line summary", () => {
    const r = runCli("data")
    expect(r.code).toBe(0)
    expect(r.stdout.trim()).toMatch(
      /^data:check ok: \d+ sources, \d+ series, \d+ observations, \d+ caveats, \d+ events/,
    )
  })

  it("names the file, the path inside it and the reason, one line per problem, and exits non-zero", () => {
    const raw = rawCopy()
    firstObservation(raw).period = "2024-H3"
    firstObservation(raw).citations = []
    const dir = writeDataDir(raw)
    const r = runCli(dir)
    expect(r.code).not.toBe(0)
    const lines = r.stderr.trim().split("\n")
    expect(lines).toContain(
      `${path.relative(root, dir)}/observations/ncmec.json: [0].period: must be a period YYYY, YYYY-H1 or YYYY-H2`,
    )
    expect(lines).toContain(
      `${path.relative(root, dir)}/observations/ncmec.json: [0].citations: every observation needs at least one citation`,
    )
    expect(lines.at(-1)).toBe("data:check failed: 2 problems")
    // It starts `npm run data:check` as a process (tsx compiles the loader first): about 1.2 s on an idle
    // machine, more than vitest's 5 s default while a build shares the two cores.
  }, 30_000)

  it("rejects an implied value without assumptions, naming the file, the field and the reason", () => {
    const raw = rawCopy()
    const rows = raw.observations[0]!.data as Record<string, unknown>[]
    const i = rows.findIndex((o) => o.status === "implied")
    delete rows[i]!.assumptions
    const r = runCli(writeDataDir(raw))
    expect(r.code).not.toBe(0)
    expect(r.stderr).toMatch(
      new RegExp(
        `observations/ncmec\\.json: \\[${i}\\]\\.assumptions: an implied value must list the assumptions it rests on`,
      ),
    )
  })

  it("reports a file that is not valid JSON without losing the other files' problems", () => {
    const raw = rawCopy()
    ;(raw.sources.data as { url: string }[])[0]!.url = "not a url"
    const dir = writeDataDir(raw, { "events.json": '[{"id": "x",' })
    const result = checkDataDir(dir, "fixture")
    expect(result.ok).toBe(false)
    const lines = result.ok ? [] : result.issues.map(formatIssue)
    expect(lines.some((l) => l.startsWith("fixture/events.json: (file): not valid JSON"))).toBe(true)
  })

  it("reports a missing file and an unregistered observations file", () => {
    const dir = writeDataDir(rawCopy(), { "observations/extra.json": "[]" })
    const result = checkDataDir(dir, "fixture")
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.issues.map(formatIssue)).toContainEqual(
        expect.stringMatching(/^fixture\/observations\/extra\.json: \(file\): not registered/),
      )
    }
  })
})
