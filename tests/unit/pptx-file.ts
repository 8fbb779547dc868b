import JSZip from "jszip"

/** A .pptx file read back the way a presentation program reads it: slides in the presentation's order. */
export type ReadSlide = {
  file: string
  /** Every text run on the slide, in document order, XML entities decoded. */
  texts: string[]
  text: string
  notes: string[]
  xml: string
  images: { name: string; width: number; height: number; bytes: Uint8Array }[]
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")

const runsOf = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!))

/** Width and height from a PNG's IHDR chunk (bytes 16–23), or undefined if it is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (!signature.every((b, i) => bytes[i] === b)) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

export async function readPptx(file: Uint8Array) {
  const zip = await JSZip.loadAsync(file)
  const read = async (name: string) => {
    const f = zip.file(name)
    if (!f) throw new Error(`${name} is not in the file`)
    return f.async("string")
  }
  const presentation = await read("ppt/presentation.xml")
  const rels = await read("ppt/_rels/presentation.xml.rels")
  const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]
  const order = [...presentation.matchAll(/<p:sldId [^>]*r:id="([^"]+)"/g)].map((m) => target(m[1]!)!)
  const slides: ReadSlide[] = []
  for (const t of order) {
    const file = `ppt/${t}`
    const xml = await read(file)
    const slideRels = await read(file.replace("slides/", "slides/_rels/").replace(/\.xml$/, ".xml.rels"))
    const related = (type: string) =>
      [...slideRels.matchAll(new RegExp(`Type="[^"]*/${type}"[^>]*Target="([^"]+)"`, "g"))].map(
        (m) => `ppt/${m[1]!.replace("../", "")}`,
      )
    const notesFile = related("notesSlide")[0]
    const notesXml = notesFile ? await read(notesFile) : ""
    // The notes placeholder's paragraphs only, not the slide-number field.
    const body = /<p:ph type="body"[^>]*\/>[\s\S]*?<\/p:txBody>/.exec(notesXml)?.[0] ?? ""
    const notes = [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => runsOf(m[1]!).join(""))
    const images = []
    for (const name of related("image")) {
      const bytes = await zip.file(name)!.async("uint8array")
      images.push({ name, bytes, ...(pngSize(bytes) ?? { width: 0, height: 0 }) })
    }
    const texts = runsOf(xml)
    slides.push({ file, xml, texts, text: texts.join("\n"), notes, images })
  }
  return { zip, presentation, slides }
}
