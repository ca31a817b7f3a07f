import { fileURLToPath } from 'node:url';

// This module sits two folders below the package root, as the bundle (dist/cli/) does, so the same relative URL
// finds templates/ from the TypeScript sources and from the bundle.
export const BUILT_IN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));
