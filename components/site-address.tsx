"use client"

import { useOrigin } from "@/components/use-hydrated"

/**
 * A full address on this site, for an audience to type or scan. The origin is filled in by the browser
 * (useOrigin); the server HTML shows the path alone.
 */
export function SiteAddress({ path }: { path: string }) {
  return <>{`${useOrigin()}${path}`}</>
}
