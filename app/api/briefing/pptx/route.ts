import { briefingPptxHandler } from "@/lib/export/pptx-handler"

export const GET = briefingPptxHandler
