// XLIFF 2 fragment identifiers (`ref="#f=f1/u=u1/n=n1"`, spec 2.1 §4.8 and 2.2 §4.9): their syntax,
// and what a comment annotation may point to (a note of its own unit).
import { NMTOKEN } from "./xliff2-core-tables";

/** One-letter prefixes are core's: file, group, unit, note, data, target-side element. */
const CORE_PREFIXES = new Set(["f", "g", "u", "n", "d", "t"]);
/** Prefixes the XLIFF TC registered for its modules (longer than one character). */
const MODULE_PREFIXES = new Set(["mtc", "gls", "fs", "its", "res", "ctr", "mda", "slr", "val", "tbx", "pgs"]);

export type FragmentIdContext = { isComment: boolean; unitId: string | null; fileId: string | null };

/** The rule and message a `ref` value starting with `#` breaks, or null. */
export function fragmentIdProblem(value: string, context: FragmentIdContext): { rule: string; message: string } | null {
  const body = value.slice(1).replace(/^\//, "");
  const parts = body.split("/");
  const bad = (message: string) => ({ rule: "fragid.syntax", message: `ref="${value}": ${message}` });
  if (parts.length === 1 && !parts[0]!.includes("=")) {
    if (!NMTOKEN.test(parts[0]!)) return bad("the id is not an NMTOKEN.");
    return context.isComment ? { rule: "mrk.comment.ref", message: `ref="${value}" on a comment annotation must name a <note> of its unit (n=…).` } : null;
  }
  const seen: Array<{ prefix: string; id: string }> = [];
  for (const part of parts) {
    const eq = part.indexOf("=");
    if (eq < 0) return bad("each part of a path is prefix=id (only a single id may stand alone).");
    const prefix = part.slice(0, eq);
    const id = part.slice(eq + 1);
    if (!NMTOKEN.test(prefix) || !NMTOKEN.test(id)) return bad(`"${part}" is not NMTOKEN=NMTOKEN.`);
    if (prefix.length === 1 && !CORE_PREFIXES.has(prefix)) return bad(`"${prefix}" is not a core prefix (f, g, u, n, d, t).`);
    if (prefix.length > 1 && !MODULE_PREFIXES.has(prefix)) return bad(`"${prefix}" is not a registered prefix.`);
    seen.push({ prefix, id });
  }
  // Order: f?, g*, u?, then at most one leaf (n, d, t or a module's), last.
  const rank = (p: string) => (p === "f" ? 0 : p === "g" ? 1 : p === "u" ? 2 : 3);
  for (let i = 0; i < seen.length; i++) {
    const { prefix } = seen[i]!;
    if (rank(prefix) === 3 && i !== seen.length - 1) return bad(`the leaf "${prefix}=" must come last.`);
    if (i > 0 && rank(prefix) < rank(seen[i - 1]!.prefix)) return bad(`"${prefix}=" comes after "${seen[i - 1]!.prefix}=" (order: f, g, u, then the leaf).`);
    if ((prefix === "f" || prefix === "u") && seen.some((s, j) => j < i && s.prefix === prefix)) return bad(`"${prefix}=" appears twice.`);
    // Data and target-side elements live in units: a path to one names its unit.
    if ((prefix === "d" || prefix === "t") && seen.length > 1 && !seen.some((s) => s.prefix === "u")) return bad(`"${prefix}=" belongs inside a unit (u=).`);
  }
  if (!context.isComment) return null;
  const leaf = seen[seen.length - 1]!;
  const unit = seen.find((s) => s.prefix === "u");
  const file = seen.find((s) => s.prefix === "f");
  const ownUnit = seen.length === 1 || (unit !== undefined && unit.id === context.unitId && (!file || file.id === context.fileId));
  if (leaf.prefix !== "n" || !ownUnit) {
    return { rule: "mrk.comment.ref", message: `ref="${value}" on a comment annotation must name a <note> of its own unit.` };
  }
  return null;
}
