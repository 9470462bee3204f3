// Shared pieces of the file → campaign definition converters: safe unique block keys and the
// per-touchpoint block limit.
export interface DraftBlock {
  key: string;
  type: "body";
  policy: "translate" | "locked";
  source: string;
  maxLength?: number;
  notes?: string;
  /** Where the block came from, to report problems by unit id / JSON path. */
  origin: { unitId?: string; path?: string; line?: number; column?: number };
}

export interface DraftTouchpoint {
  name: string;
  blocks: DraftBlock[];
  keys: Set<string>;
}

const MAX_KEY = 60;
export const MAX_BLOCKS_PER_TOUCHPOINT = 500;

/** A key matching the campaign block-key rule, unique within `taken` (which it joins). */
export function blockKeyFrom(taken: Set<string>, wanted: string): string {
  let base = wanted
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9_.-]+/g, "_")
    .replace(/^[^A-Za-z0-9]+/, "")
    .slice(0, MAX_KEY);
  if (!base) base = "block";
  let key = base;
  for (let n = 2; taken.has(key.toLowerCase()); n++) {
    const suffix = `_${n}`;
    key = base.slice(0, MAX_KEY - suffix.length) + suffix;
  }
  taken.add(key.toLowerCase());
  return key;
}

/** Touchpoints hold at most 500 blocks: longer ones continue in "name (2)", "name (3)"… */
export function chunkTouchpoint(tp: DraftTouchpoint): DraftTouchpoint[] {
  if (tp.blocks.length <= MAX_BLOCKS_PER_TOUCHPOINT) return [tp];
  const out: DraftTouchpoint[] = [];
  for (let i = 0; i < tp.blocks.length; i += MAX_BLOCKS_PER_TOUCHPOINT) {
    const part = i / MAX_BLOCKS_PER_TOUCHPOINT + 1;
    out.push({ name: part === 1 ? tp.name : `${tp.name} (${part})`, blocks: tp.blocks.slice(i, i + MAX_BLOCKS_PER_TOUCHPOINT), keys: tp.keys });
  }
  return out;
}
