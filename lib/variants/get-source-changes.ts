// What HQ changed in an outdated block: a word diff between the source version the market's
// text was based on and the current source (BlockSourceVersion rows).
import type { Db } from "@/lib/db";
import { wordDiff, type DiffPart } from "@/lib/core/text/word-diff";

export async function getSourceChanges(
  db: Db,
  blocks: ReadonlyArray<{ blockId: string; basedOnSourceVersion: number; outdated: boolean; block: { sourceText: string; sourceVersion: number } }>,
): Promise<Map<string, { fromVersion: number; toVersion: number; parts: DiffPart[] }>> {
  const outdated = blocks.filter((b) => b.outdated && b.basedOnSourceVersion !== b.block.sourceVersion);
  const out = new Map<string, { fromVersion: number; toVersion: number; parts: DiffPart[] }>();
  if (outdated.length === 0) return out;
  const versions = await db.blockSourceVersion.findMany({
    where: { OR: outdated.map((b) => ({ blockId: b.blockId, version: b.basedOnSourceVersion })) },
    select: { blockId: true, sourceText: true },
  });
  const before = new Map(versions.map((v) => [v.blockId, v.sourceText]));
  for (const b of outdated) {
    const previous = before.get(b.blockId);
    out.set(b.blockId, {
      fromVersion: b.basedOnSourceVersion,
      toVersion: b.block.sourceVersion,
      parts: previous === undefined ? [{ op: "insert", text: b.block.sourceText }] : wordDiff(previous, b.block.sourceText),
    });
  }
  return out;
}
