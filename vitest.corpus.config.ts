import { defineConfig } from 'vitest/config';

// Real public contracts read from the corpus folder beside the repository.
export default defineConfig({
  test: {
    include: ['test/corpus/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
