// npm run build:client: writes packages/client/openapi.json and src/schema.ts from the OpenAPI
// document; the workspace's own build (tsc) then compiles the client to dist/.
import fs from "node:fs";
import { DOCUMENT_FILE, SCHEMA_FILE, renderClientFiles } from "./client/render-client-schema";

const { document, schema } = await renderClientFiles();
fs.writeFileSync(DOCUMENT_FILE, document);
fs.writeFileSync(SCHEMA_FILE, schema);
console.log(`wrote ${DOCUMENT_FILE} and ${SCHEMA_FILE}`);
