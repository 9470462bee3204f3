// What changed in a block's source since the version a variant was based on, as a word-level
// diff, for the variant editor's "outdated" view. The caller has already checked that the actor
// may see the variant (and so the block).
import { getDb, type Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { wordDiff, type DiffPart } from "@/lib/core/text/word-diff";

export interface SourceDiff {
  blockId: string;
  fromVersion: number;
  toVersion: number;
  before: string;
  after: string;
  parts: DiffPart[];
}

export async function getSourceDiff(blockId: string, fromVersion: number, tx?: Db): Promise<SourceDiff> {
  const db = tx ?? (await getDb());
  const block = await db.block.findUnique({ where: { id: blockId }, select: { sourceText: true, sourceVersion: true } });
  if (!block) throw notFound();
  const old = await db.blockSourceVersion.findUnique({
    where: { blockId_version: { blockId, version: fromVersion } },
    select: { sourceText: true },
  });
  // Without a snapshot (never expected after publishing) show the whole text as new.
  const before = old?.sourceText ?? "";
  return { blockId, fromVersion, toVersion: block.sourceVersion, before, after: block.sourceText, parts: wordDiff(before, block.sourceText) };
}
