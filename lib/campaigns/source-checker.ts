// The workspace checker applied to HQ source text: live while typing (one block) and before
// publishing (every block, with the termbase index and rules loaded once).
import { checkInWorkspace, checkWithContext } from "@/lib/checker/check-in-workspace";
import type { Finding } from "@/lib/core/checker/finding.types";
import type { Db } from "@/lib/db";
import { loadRules } from "@/lib/guidelines/load-rules";
import { loadTermIndex, loadTermIndexIn } from "@/lib/termbase/load-term-index";

export interface SourceCheckInput {
  text: string;
  locale: string;
  channel?: string | null;
  blockType?: string | null;
  maxLength?: number | null;
}

export function checkSourceBlock(input: SourceCheckInput): Promise<Finding[]> {
  return checkInWorkspace(input);
}

/**
 * A checker for many blocks: loads the termbase index and the rules once. Inside a caller's
 * transaction (the seed) it reads through that transaction, without the shared index cache.
 */
export async function sourceChecker(tx?: Db): Promise<(input: SourceCheckInput) => Finding[]> {
  const [index, rules] = tx ? [await loadTermIndexIn(tx), await loadRules(tx)] : await Promise.all([loadTermIndex(), loadRules()]);
  return (input) => checkWithContext({ ...input, index, rules });
}

