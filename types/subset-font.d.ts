// subset-font ships no types; the calls this project makes.
declare module "subset-font" {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: {
      targetFormat?: "woff2" | "woff" | "sfnt" | "truetype"
      preserveNameIds?: number[]
      /** Pins a variable font's axes: the result is a static instance. */
      variationAxes?: Record<string, number>
    },
  ): Promise<Buffer>
}
