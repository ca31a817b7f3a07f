import type { Drawing } from '../../render/tree/doctree';
import type { Theme } from '../../render/templates/theme';
import type { DrawingMedia } from './drawing';
import type { PageGeometry } from './geometry';
import type { InlineTarget } from './inline';

/** Media made before the document is built: SVG and PNG of each drawing, and the PNG of each SVG image by its bytes. */
export interface Rasters {
  drawings: ReadonlyMap<Drawing, DrawingMedia>;
  svgImages: ReadonlyMap<Uint8Array, Uint8Array>;
}

/**
 * What block rendering needs beyond the block itself. Counters live here, one set per document, so ids never depend
 * on what else the process has written.
 */
export interface RenderContext extends InlineTarget {
  theme: Theme;
  /** The page the blocks are set on. */
  page: PageGeometry;
  /** Paragraph style for table cells: compact on landscape pages. */
  tableTextStyle: string;
  /** A new numbering instance for each list, so every list starts counting afresh. */
  nextListInstance: () => number;
  rasters: Rasters;
  /** Drawing ids must be unique in the document; docx's own counter is shared by the whole process. */
  nextDrawingId: () => number;
}

export function counter(start = 1): () => number {
  let next = start;
  return () => next++;
}
