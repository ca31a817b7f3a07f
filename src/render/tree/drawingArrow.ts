import type { LineShape } from './doctree';

/**
 * The arrowhead of a line with `arrow: 'end'`, computed once here so every writer draws the same one: a filled
 * triangle with its tip at (x2, y2), and the point where the shaft must stop so its square end does not poke
 * through the tip.
 */
export interface ArrowGeometry {
  /** Where the shaft ends: the middle of the arrowhead's base. */
  shaftEnd: [number, number];
  head: [number, number][];
}

export function arrowGeometry(line: LineShape): ArrowGeometry {
  const dx = line.x2 - line.x1;
  const dy = line.y2 - line.y1;
  const length = Math.hypot(dx, dy) || 1;
  const ux = dx / length;
  const uy = dy / length;
  // Long enough to read at small sizes, never longer than the line itself.
  const headLength = Math.min(length, 3 + 1.5 * line.strokeWidth);
  const halfWidth = headLength * 0.55;
  const baseX = line.x2 - ux * headLength;
  const baseY = line.y2 - uy * headLength;
  return {
    shaftEnd: [baseX, baseY],
    head: [
      [line.x2, line.y2],
      [baseX - uy * halfWidth, baseY + ux * halfWidth],
      [baseX + uy * halfWidth, baseY - ux * halfWidth],
    ],
  };
}
