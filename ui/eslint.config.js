// ESLint for the UI: the recommended JavaScript, TypeScript and Svelte rules.
// bindings.ts and messages.ts are generated from Rust and are not linted.
import js from "@eslint/js";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import ts from "typescript-eslint";
import svelteConfig from "./svelte.config.js";

export default ts.config(
  { ignores: ["dist/", "node_modules/", "src/lib/bindings.ts", "src/lib/messages.ts"] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ["**/*.svelte", "**/*.svelte.ts", "**/*.svelte.js"],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: [".svelte"], parser: ts.parser, svelteConfig },
    },
  },
  {
    rules: {
      // Keys on every {#each} would change how lists re-render (and fail on duplicate keys); not wanted here.
      "svelte/require-each-key": "off",
      // The house rule in every layer: a file over 500 lines wants splitting (tests aside).
      "max-lines": ["error", { max: 500 }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
