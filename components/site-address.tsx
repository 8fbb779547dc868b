"use client"

import { useOrigin } from "@/components/use-hydrated"

/**
 * A full address on this site, for an audience to type or scan: SITE_URL's origin, or the browser's
 * (useOrigin), in which case the server HTML shows the path alone.
 */
export function SiteAddress({ path }: { path: string }) {
  return <>{`${useOrigin()}${path}`}</>
}
