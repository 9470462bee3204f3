// Text PostgreSQL can store and every reader can decode: no NUL (text columns refuse it, which
// used to surface as a 500) and no lone UTF-16 surrogates (not Unicode; JSON bodies can carry
// them as \ud800 escapes). Checked in the shared field helpers and, for every string of a JSON
// body, server-action input or query, by the request readers, so a client gets a 422 with a code.
import { z } from "zod";
import { AppError } from "@/lib/errors";

export const INVALID_TEXT = "TEXT_INVALID_CHARACTERS";

export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && value.isWellFormed();
}

/** The path ("a.b.0") of the first string in `value` that is not storable, or null. */
export function findUnstorableText(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === "string") return isStorableText(value) ? null : path.join(".");
  if (value === null || typeof value !== "object" || depth > 64) return null;
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [key, item] of entries) {
    if (!isStorableText(key)) return [...path, key].join(".");
    const found = findUnstorableText(item, [...path, key], depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** 422 when any string (or key) in a parsed body, action input or query is not storable. */
export function rejectUnstorableText(value: unknown): void {
  const path = findUnstorableText(value);
  if (path === null) return;
  throw new AppError(INVALID_TEXT, {
    status: 422,
    message: "The text contains NUL or invalid Unicode (a lone surrogate)",
    details: { path },
  });
}

/** A required text field: trimmed, `min`–`max` characters, storable. */
export const text = (options: { min?: number; max: number }) =>
  z
    .string()
    .trim()
    .min(options.min ?? 0)
    .max(options.max)
    .refine(isStorableText, INVALID_TEXT);
