// Block keys in the API: a block's `key` when it is unique within the variant, otherwise
// "<touchpointId>:<key>". Callers may always use the qualified form.
import { AppError } from "@/lib/errors";

interface KeyedBlock {
  blockId: string;
  block: { key: string; touchpoint: { id: string } };
}

/**
 * The API key of every block, or only of `only` (blocks of the same variant): keys are unique
 * across all `blocks`, but a save of 1,000 blocks out of 10,000 needs just its own 1,000.
 */
export function apiKeys<T extends KeyedBlock>(blocks: readonly T[], only: readonly T[] = blocks): Map<string, string> {
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(b.block.key, (counts.get(b.block.key) ?? 0) + 1);
  return new Map(
    only.map((b) => [b.blockId, counts.get(b.block.key)! > 1 ? `${b.block.touchpoint.id}:${b.block.key}` : b.block.key]),
  );
}

/** Finds the block a save item names (blockId, plain key or touchpointId:key); 422 when unknown or ambiguous. */
export function resolveBlock<T extends KeyedBlock>(blocks: readonly T[], ref: { blockId?: string; key?: string }): T {
  if (ref.blockId) {
    const found = blocks.find((b) => b.blockId === ref.blockId);
    if (!found) throw new AppError("UNKNOWN_BLOCK", { status: 422, message: "Unknown block", details: { blockId: ref.blockId } });
    return found;
  }
  const key = ref.key ?? "";
  const separator = key.indexOf(":");
  if (separator > 0) {
    const touchpointId = key.slice(0, separator);
    const plain = key.slice(separator + 1);
    const found = blocks.find((b) => b.block.touchpoint.id === touchpointId && b.block.key === plain);
    if (found) return found;
  }
  const matches = blocks.filter((b) => b.block.key === key);
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new AppError("AMBIGUOUS_BLOCK_KEY", {
      status: 422,
      message: "Several touchpoints use this key; send touchpointId:key",
      details: { key, candidates: matches.map((m) => `${m.block.touchpoint.id}:${m.block.key}`) },
    });
  }
  throw new AppError("UNKNOWN_BLOCK", { status: 422, message: "Unknown block key", details: { key } });
}
