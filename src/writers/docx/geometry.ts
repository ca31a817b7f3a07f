import { pageSize, type Theme } from '../../render/templates/theme';

/** Word measures page geometry in twips (1/20 pt), font sizes in half-points and drawings in 96-dpi pixels. */
export const twips = (points: number): number => Math.round(points * 20);
export const halfPoints = (points: number): number => Math.round(points * 2);
export const pixels = (points: number): number => (points * 96) / 72;

export type Orientation = 'portrait' | 'landscape';

export interface PageGeometry {
  orientation: Orientation;
  /** Portrait width and height in twips; docx swaps them itself for landscape pages. */
  width: number;
  height: number;
  margins: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
  /** Width between the left and right margins, in twips, for the page as it is turned. */
  textWidth: number;
}

/** Header and footer never sit closer than a quarter inch to the paper's edge. */
const MIN_EDGE = 18;

/**
 * The page as Word sets it. `header` is the height in points of the running header the pages carry: it is placed to
 * end at the top margin (halfway into the margin when it is short), and only where even a quarter inch from the edge
 * it would reach into the body does the top margin grow to clear it. Either way the body starts below the header's
 * rule, in every reader, instead of where each one's header happens to push it.
 */
export function pageGeometry(theme: Theme, orientation: Orientation, header = 0): PageGeometry {
  const size = pageSize(theme);
  const width = twips(size.width);
  const height = twips(size.height);
  const { top, right, bottom, left } = theme.margins;
  const across = orientation === 'portrait' ? width : height;
  const headerEdge = Math.max(MIN_EDGE, Math.min(top / 2, top - header));
  return {
    orientation,
    width,
    height,
    margins: {
      top: twips(Math.max(top, headerEdge + header)),
      right: twips(right),
      bottom: twips(bottom),
      left: twips(left),
      header: twips(headerEdge),
      footer: twips(Math.max(MIN_EDGE, bottom / 2)),
    },
    textWidth: across - twips(left) - twips(right),
  };
}

/** `#1F3864` -> `1F3864`, the form docx wants. */
export const hex = (color: string): string => color.replace(/^#/, '').toUpperCase();
