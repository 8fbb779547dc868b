import { existsSync, readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { DATA_FILES, OBSERVATION_FILES } from "./files"
import type { Dataset } from "./schema"
import { validateDataset, type DataIssue, type RawFile } from "./validate"

type CheckResult = { ok: true; dataset: Dataset; summary: string } | { ok: false; issues: DataIssue[] }

function readJson(dir: string, name: string, label: string, issues: DataIssue[]): RawFile {
  const file = path.join(label, name)
  const full = path.join(dir, name)
  if (!existsSync(full)) {
    issues.push({ file, path: "(file)", message: "file is missing" })
    return { file, data: undefined }
  }
  try {
    return { file, data: JSON.parse(readFileSync(full, "utf8")) }
  } catch (error) {
    issues.push({ file, path: "(file)", message: `not valid JSON: ${(error as Error).message}` })
    return { file, data: undefined }
  }
}

function summarize(d: Dataset): string {
  return `${d.sources.length} sources, ${d.series.length} series, ${d.observations.length} observations, ${d.caveats.length} caveats, ${d.events.length} events, ${d.context.length} context figures, ${d.bridges.length} change bridges (dataset ${d.meta.version})`
}

/** Reads a data folder from disk and validates it; `label` is how files are named in messages. */
export function checkDataDir(dir: string, label = path.relative(process.cwd(), dir) || "."): CheckResult {
  const issues: DataIssue[] = []
  const read = (name: string) => readJson(dir, name, label, issues)
  const raw = {
    meta: read(DATA_FILES.meta),
    sources: read(DATA_FILES.sources),
    series: read(DATA_FILES.series),
    caveats: read(DATA_FILES.caveats),
    events: read(DATA_FILES.events),
    context: read(DATA_FILES.context),
    figures: read(DATA_FILES.figures),
    bridges: read(DATA_FILES.bridges),
    observations: OBSERVATION_FILES.map(read),
  }
  // A file dropped into observations/ but not registered would be silently ignored by the app.
  const obsDir = path.join(dir, "observations")
  if (existsSync(obsDir)) {
    const known = new Set<string>(OBSERVATION_FILES)
    for (const name of readdirSync(obsDir)) {
      if (name.endsWith(".json") && !known.has(`observations/${name}`)) {
        issues.push({
          file: path.join(label, "observations", name),
          path: "(file)",
          message:
            "not registered in lib/data/files.ts (OBSERVATION_FILES) or lib/data/dataset.ts, so the app would ignore it",
        })
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues }
  const result = validateDataset(raw)
  if (!result.ok) return result
  return { ok: true, dataset: result.dataset, summary: summarize(result.dataset) }
}
