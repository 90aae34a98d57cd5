// Tests assert behaviour, never speed (speed is `npm run bench`): a loaded CI
// machine must not fail a property test or a multi-file run for being slow.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
