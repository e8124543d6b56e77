import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
