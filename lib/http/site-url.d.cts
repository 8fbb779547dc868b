export declare function parseSiteUrl(value: string | undefined): string | undefined
export declare function parseTrustProxy(value: string | undefined): boolean
