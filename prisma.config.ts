// Prisma CLI configuration. The CLI is only used to generate the client and to author
// migrations as pure schema diffs (no database needed); migrations are applied by
// prisma/migrate.ts. `engine: "js"` selects the WASM schema engine so nothing is downloaded;
// `PRISMA_QUERY_ENGINE_LIBRARY=/dev/null` in the npm scripts does the same for the query engine.
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    const { PGlite } = await import("@electric-sql/pglite");
    const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    return new PrismaPGlite(new PGlite({ extensions: { pg_trgm } }));
  },
});
