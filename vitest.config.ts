import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/tempFolder.ts'],
    setupFiles: ['tests/setup/scratch.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
