import { availableParallelism } from "node:os"
import path from "node:path"
import { defineConfig } from "vitest/config"

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"],
    environment: "node",
    // Vitest's default is one worker fewer than the cores: one worker on this project's 2-core machines,
    // where much of the run is spent waiting on LibreOffice, rsvg and Inkscape in other processes. Two
    // workers took 90 s against 160 s for the same 1,071 tests (2026-12-03).
    maxWorkers: availableParallelism(),
  },
})
