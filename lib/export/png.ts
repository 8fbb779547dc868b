import { FILE_INK } from "../charts/colours"
// Browser-only: imported on demand by the export toolbar, so it adds nothing to a page's first load.

/** Draws the exported SVG (fonts embedded) onto a canvas at `scale` and encodes it as PNG. */
async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }))
  try {
    const img = new Image()
    // Wait for "load", not decode(): an SVG image's load event waits for its embedded fonts, while
    // decode() can resolve first and the text would be drawn invisible (measured: 0 of 3 vs 3 of 3).
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve()
      img.onerror = () => reject(new Error("the exported SVG did not load"))
      img.src = url
    })
    const width = Math.round(img.naturalWidth * scale)
    const height = Math.round(img.naturalHeight * scale)
    // OffscreenCanvas encodes at once; HTMLCanvasElement.toBlob waits for the page to be idle, which
    // right after a click took ~1 s in Chromium (measured: 1,030 ms vs 30 ms for the same image).
    if (typeof OffscreenCanvas !== "undefined") {
      const canvas = new OffscreenCanvas(width, height)
      const ctx = canvas.getContext("2d")
      if (!ctx) throw new Error("no 2D canvas")
      paint(ctx, img, width, height)
      return await canvas.convertToBlob({ type: "image/png" })
    }
    const canvas = document.createElement("canvas")
    canvas.width = width
    canvas.height = height
    const ctx = canvas.getContext("2d")
    if (!ctx) throw new Error("no 2D canvas")
    paint(ctx, img, width, height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}

function paint(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  img: HTMLImageElement,
  w: number,
  h: number,
) {
  ctx.fillStyle = FILE_INK.background
  ctx.fillRect(0, 0, w, h)
  ctx.drawImage(img, 0, 0, w, h)
}

/** A PNG of the SVG that `readSvg` gives (the export toolbar reads it from the API, lib/http/queries.ts). */
export async function fetchPng(readSvg: () => Promise<string>, scale = 2): Promise<Blob> {
  // User Timing marks, so the export benchmark (scripts/bench-export.mjs) measures this path exactly.
  performance.mark("png-export-start")
  const blob = await svgToPng(await readSvg(), scale)
  performance.measure("png-export", "png-export-start")
  return blob
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement("a")
  a.href = url
  a.download = filename
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
