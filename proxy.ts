import { readFileSync } from "node:fs"
import { join } from "node:path"
import { NextResponse, type NextRequest } from "next/server"
import { CSP_HASHES_FILE, CspHashesSchema, pagePolicy, type CspHashes } from "@/lib/csp"

/**
 * Sets each page's Content-Security-Policy. It only adds headers: it never rewrites (Next 16 treats a
 * proxy rewrite as cross-origin on hosts other than localhost, vercel/next.js#94342), and it reads no
 * request body or cookie, so prerendered pages stay prerendered. It reads the query only to tell
 * /compare (prerendered) from /compare?series=x (rendered on demand, lib/query-views.ts).
 */

let hashes: CspHashes | undefined

function buildHashes(): CspHashes {
  if (hashes) return hashes
  try {
    hashes = CspHashesSchema.parse(JSON.parse(readFileSync(join(process.cwd(), CSP_HASHES_FILE), "utf8")))
  } catch (error) {
    // Fail closed: without the hashes, prerendered pages are served a policy that blocks their inline
    // scripts (they still read, but do not hydrate). `npm run build` writes the file.
    console.error(`${CSP_HASHES_FILE} is missing or invalid; run \`npm run build\`.`, error)
    hashes = { pages: {}, fallback: [] }
  }
  return hashes
}

const newNonce = () => Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64")

export function proxy(request: NextRequest) {
  // The dev server needs eval and inline scripts for its overlay and refresh; policies are for builds.
  if (process.env.NODE_ENV === "development") return NextResponse.next()
  const { policy, nonce } = pagePolicy(
    request.nextUrl.pathname,
    request.nextUrl.searchParams,
    buildHashes(),
    newNonce,
  )
  let response = NextResponse.next()
  if (nonce) {
    // Next reads the nonce from the request's policy and puts it on every script it renders.
    const headers = new Headers(request.headers)
    headers.set("content-security-policy", policy)
    response = NextResponse.next({ request: { headers } })
  }
  response.headers.set("Content-Security-Policy", policy)
  return response
}

export const config = {
  // Pages only: API routes, build assets and files with an extension keep next.config.js's policy.
  matcher: ["/((?!api/|_next/|.*\\.[A-Za-z0-9]+$).*)"],
}
