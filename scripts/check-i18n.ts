// Fails when a UI string key is missing (or empty) in any language, or a language has a key
// English does not, or a namespace file is missing. Part of `npm test`. Plural keys (i18next's
// key_one, key_other, …) are compared by their base: each language needs exactly the plural
// forms its rules have (Intl.PluralRules: English one/other, Arabic six, Japanese other only).
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

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Plural keys grouped by base key, with the forms present; other keys as they are. */
function split(map: Map<string, unknown>) {
  const plain = new Map<string, unknown>();
  const plurals = new Map<string, Map<string, unknown>>();
  for (const [key, value] of map) {
    const form = PLURAL.exec(key)?.[1];
    if (!form) plain.set(key, value);
    else {
      const base = key.slice(0, -form.length - 1);
      if (!plurals.has(base)) plurals.set(base, new Map());
      plurals.get(base)!.set(form, value);
    }
  }
  return { plain, plurals };
}

function checkPlurals(lang: string, file: string, en: Map<string, Map<string, unknown>>, other: Map<string, Map<string, unknown>>, problems: string[]) {
  const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  for (const [base, present] of other) {
    if (!en.has(base)) problems.push(`${lang}/${file}: plural key ${base} not in English`);
    for (const form of present.keys()) if (!forms.includes(form)) problems.push(`${lang}/${file}: ${base}_${form} is not a plural form of ${lang}`);
  }
  for (const base of en.keys()) {
    for (const form of forms) {
      const v = other.get(base)?.get(form);
      if (v === undefined) problems.push(`${lang}/${file}: missing plural form ${base}_${form}`);
      else if (typeof v === "string" && v.trim() === "") problems.push(`${lang}/${file}: empty value for ${base}_${form}`);
    }
  }
}

const problems: string[] = [];
const namespaces = readdirSync(path.join(ROOT, "en")).filter((f) => f.endsWith(".json"));
let keys = 0;
for (const file of namespaces) {
  const { plain: en, plurals: enPlurals } = split(flatten(JSON.parse(readFileSync(path.join(ROOT, "en", file), "utf8"))));
  keys += en.size + enPlurals.size;
  checkPlurals("en", file, enPlurals, enPlurals, problems);
  for (const lang of UI_LOCALES.filter((l) => l !== "en")) {
    const target = path.join(ROOT, lang, file);
    if (!existsSync(target)) {
      problems.push(`${lang}/${file}: file missing`);
      continue;
    }
    const { plain: other, plurals } = split(flatten(JSON.parse(readFileSync(target, "utf8"))));
    checkPlurals(lang, file, enPlurals, plurals, problems);
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
