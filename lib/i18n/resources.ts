// UI strings live in locales/<uiLocale>/<namespace>.json, nested by feature. Read once per
// process; every namespace of a language is sent to the client provider.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { UiLocale } from "./config";

export type Resources = Record<string, Record<string, unknown>>;

const LOCALES_DIR = path.join(process.cwd(), "locales");
const cache = new Map<string, Resources>();

export function loadResources(uiLocale: UiLocale): Resources {
  const cached = cache.get(uiLocale);
  if (cached && process.env.NODE_ENV === "production") return cached;
  const dir = path.join(LOCALES_DIR, uiLocale);
  const resources: Resources = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    resources[file.replace(/\.json$/, "")] = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
  }
  cache.set(uiLocale, resources);
  return resources;
}
