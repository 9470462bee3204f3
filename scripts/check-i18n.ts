// Fails when a UI string key is missing (or empty) in any language, or a language has a key
// English does not, or a namespace file is missing. Part of `npm test`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { UI_LOCALES } from "@/lib/i18n/config";

const ROOT = path.join(process.cwd(), "locales");

function flatten(value: unknown, prefix = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

const problems: string[] = [];
const namespaces = readdirSync(path.join(ROOT, "en")).filter((f) => f.endsWith(".json"));
let keys = 0;
for (const file of namespaces) {
  const en = flatten(JSON.parse(readFileSync(path.join(ROOT, "en", file), "utf8")));
  keys += en.size;
  for (const lang of UI_LOCALES.filter((l) => l !== "en")) {
    const target = path.join(ROOT, lang, file);
    if (!existsSync(target)) {
      problems.push(`${lang}/${file}: file missing`);
      continue;
    }
    const other = flatten(JSON.parse(readFileSync(target, "utf8")));
    for (const key of en.keys()) {
      const v = other.get(key);
      if (v === undefined) problems.push(`${lang}/${file}: missing key ${key}`);
      else if (typeof v === "string" && v.trim() === "") problems.push(`${lang}/${file}: empty value for ${key}`);
    }
    for (const key of other.keys()) if (!en.has(key)) problems.push(`${lang}/${file}: key ${key} not in English`);
  }
}
for (const lang of UI_LOCALES) {
  for (const file of readdirSync(path.join(ROOT, lang))) {
    if (!namespaces.includes(file)) problems.push(`${lang}/${file}: namespace not in English`);
  }
}
if (problems.length > 0) {
  console.error(`i18n check failed (${problems.length} problems):\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`i18n check: ${namespaces.length} namespaces × ${UI_LOCALES.length} languages, ${keys} keys each, all present`);
