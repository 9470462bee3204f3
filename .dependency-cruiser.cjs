// The bands of lib/ (ARCHITECTURE.md): lib/core is pure; domains depend one way; side effects
// live in lib/events + lib/jobs. `npm test` runs this (scripts/test.sh) and fails on any error.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-folder-cycles",
      comment: "Folders under lib/ form no import cycle (a domain knot is what this check exists to prevent).",
      severity: "error",
      scope: "folder",
      from: { path: "^lib/" },
      to: { circular: true },
    },
    {
      name: "no-module-cycles",
      severity: "error",
      from: { path: "^lib/" },
      to: { circular: true },
    },
    {
      name: "core-is-pure",
      comment: "lib/core imports nothing else from the project: no database, no domain, no framework.",
      severity: "error",
      from: { path: "^lib/core/" },
      to: { path: "^(lib/(?!core/)|app/|components/|node_modules/(next|@prisma|pg|@electric-sql)/)" },
    },
    {
      name: "events-are-platform-only",
      comment: "lib/events records what happened; it knows the platform (db, errors, generated types), never a domain or lib/jobs.",
      severity: "error",
      from: { path: "^lib/events/" },
      to: { path: "^lib/", pathNot: "^lib/(events/|db\\.ts$|errors\\.ts$|env\\.ts$|generated/|database/|core/)" },
    },
    {
      name: "domains-never-import-jobs",
      comment: "Side effects are events (lib/events/emit.ts) handled in lib/jobs; only app/, instrumentation.ts, scripts and tests start or drive the jobs.",
      severity: "error",
      from: { path: "^lib/", pathNot: "^lib/jobs/" },
      to: { path: "^lib/jobs/" },
    },
    {
      name: "lib-is-framework-free",
      comment: "Only the edge adapters of lib/ touch next/*.",
      severity: "error",
      from: { path: "^lib/", pathNot: "(\\.actions\\.ts$|^lib/actions/|^lib/auth\\.ts$|^lib/i18n/request\\.ts$|^lib/http/)" },
      to: { path: "^node_modules/next/" },
    },
    {
      name: "lib-never-imports-app",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
      // tests may drive route handlers end to end
    },
    {
      name: "components-never-touch-the-database",
      severity: "error",
      from: { path: "^components/" },
      to: { path: "^lib/(db\\.ts|database/|generated/prisma/client)" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(\\.test\\.tsx?$|^lib/generated/|/testing/)" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
