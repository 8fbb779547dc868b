import { datasetDownloadHandler } from "@/lib/export/dataset-download"

export const GET = datasetDownloadHandler
