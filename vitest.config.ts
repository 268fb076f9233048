import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Integration tests build whole sites in temp dirs; a cold Eleventy start takes a moment.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
