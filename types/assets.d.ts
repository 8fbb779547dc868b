// next.config.js makes `*.woff2` an asset: importing one gives its URL under /_next/static/media.
declare module "*.woff2" {
  const url: string
  export default url
}
