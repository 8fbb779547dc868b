import * as z from "zod/mini"

/**
 * The body of every API error (4xx): the parameter it is about and a sentence saying what is wrong with it
 * (lib/http/api-query.ts writes them, lib/http/responses.ts sends them). zod's small build, because the
 * browser parses it too, when a download it asked for is refused (lib/http/queries.ts).
 */
export const apiErrorSchema = z.object({ parameter: z.string(), error: z.string() })
export type ApiError = z.infer<typeof apiErrorSchema>
