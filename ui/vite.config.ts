import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

export default defineConfig(({ mode }) => ({
  plugins: [svelte()],
  clearScreen: false,
  // The message files are the Rust core's; the UI reads them from there.
  server: { fs: { allow: [".", "../src-tauri/core/locales"] } },
  build: {
    target: "safari15",
    outDir: "dist",
    emptyOutDir: true,
    // Everything is served from the app itself: no inlined data: scripts or fonts.
    assetsInlineLimit: 0,
  },
  // Svelte's browser build for component tests in jsdom.
  resolve: mode === "test" ? { conditions: ["browser"] } : undefined,
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/test-setup.ts"],
    globals: true,
  },
}));
