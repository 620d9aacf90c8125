import type { ContentPack } from './pack.ts'

/** Bumped whenever the exported shape changes incompatibly; documented in docs/content-format.md. */
export const PACK_EXPORT_VERSION = 1

export type PackExport = {
  format: 'certforge-pack'
  formatVersion: typeof PACK_EXPORT_VERSION
} & ContentPack

/** The validated pack as one JSON-ready value, deterministic so exports diff cleanly. */
export function exportPack(pack: ContentPack): PackExport {
  return { format: 'certforge-pack', formatVersion: PACK_EXPORT_VERSION, ...pack }
}
