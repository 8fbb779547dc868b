import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { bundledRawDataset } from "@/lib/data/dataset"
import type { RawDataset } from "@/lib/data/validate"

type Json = Record<string, unknown> & Record<number, unknown>

/** A deep copy of the real data files, to break one thing at a time. */
export function rawCopy(): RawDataset {
  return structuredClone(bundledRawDataset)
}

export function firstObservation(raw: RawDataset): Json {
  return (raw.observations[0]!.data as Json[])[0]!
}

/** Writes a RawDataset to a temporary data folder laid out like data/. */
export function writeDataDir(raw: RawDataset, overrides: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "data-check-"))
  mkdirSync(path.join(dir, "observations"))
  const files = [
    raw.meta,
    raw.sources,
    raw.series,
    raw.caveats,
    raw.events,
    raw.context,
    raw.figures,
    raw.bridges,
    ...raw.observations,
  ]
  for (const f of files) {
    const rel = f.file.replace(/^data\//, "")
    writeFileSync(path.join(dir, rel), overrides[rel] ?? JSON.stringify(f.data, null, 2))
  }
  // Overrides may also add files the dataset does not list.
  for (const [rel, content] of Object.entries(overrides)) writeFileSync(path.join(dir, rel), content)
  return dir
}
