import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "bench/out/**", "packages/client/dist/**", "packages/client/src/schema.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Sizes (STYLE.md habit 12): a file past 300 lines or a function past 120 is split.
    files: ["**/*.{ts,tsx,mjs,cjs,js}"],
    ignores: ["**/*.test.ts", "**/*.test.tsx", "e2e/**", "tests/**", "**/testing/**"],
    rules: {
      "max-lines": ["error", { max: 300, skipBlankLines: true, skipComments: true }],
      "max-lines-per-function": ["error", { max: 120, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // CommonJS files exist only where Node needs them (`node --require` preloads): require() is their import.
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
];

export default config;
