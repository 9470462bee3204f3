/**
 * Word-level diff for showing what changed between two versions of a text
 * block. Uses jsdiff's diffWordsWithSpace (whitespace changes stay visible);
 * for scripts without spaces (Chinese, Japanese, Thai...) a "word" would be a
 * whole sentence, so we diff by character instead.
 */
import { diffChars, diffWordsWithSpace, type ChangeObject } from "diff";

export type DiffOp = "equal" | "insert" | "delete";
export interface DiffPart {
  op: DiffOp;
  text: string;
}

const NO_SPACE_SCRIPT = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F]|[\uD840-\uD87F][\uDC00-\uDFFF]/;

/** Above this, give up on a minimal diff (jsdiff is O(N·D)) and show replace-all. */
const TIMEOUT_MS = 500;

function toParts(changes: ChangeObject<string>[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const c of changes) {
    if (!c.value) continue;
    const op: DiffOp = c.added ? "insert" : c.removed ? "delete" : "equal";
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += c.value; // merge runs jsdiff splits
    else out.push({ op, text: c.value });
  }
  return out;
}

export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ op: "equal", text: before }] : [];
  const cjk = NO_SPACE_SCRIPT.test(before) || NO_SPACE_SCRIPT.test(after);
  const changes = cjk ? diffChars(before, after, { timeout: TIMEOUT_MS }) : diffWordsWithSpace(before, after, { timeout: TIMEOUT_MS });
  if (!changes) {
    const out: DiffPart[] = [];
    if (before) out.push({ op: "delete", text: before });
    if (after) out.push({ op: "insert", text: after });
    return out;
  }
  return toParts(changes);
}
