// Pure ordering helpers for touchpoints and blocks (positions are 0..n-1 in display order).

/** The ids in their new order after moving `id` one step, or null when it cannot move. */
export function moveOneStep(ids: readonly string[], id: string, direction: "up" | "down"): string[] | null {
  const from = ids.indexOf(id);
  if (from < 0) return null;
  const to = direction === "up" ? from - 1 : from + 1;
  if (to < 0 || to >= ids.length) return null;
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** Inserts `id` right after `afterId` (or at the end). */
export function insertAfter(ids: readonly string[], id: string, afterId: string | null): string[] {
  const next = ids.filter((x) => x !== id);
  const at = afterId === null ? -1 : next.indexOf(afterId);
  next.splice(at < 0 ? next.length : at + 1, 0, id);
  return next;
}

/** Position updates needed to make `ids` match their display order. */
export function positionUpdates(
  ids: readonly string[],
  current: ReadonlyMap<string, number>,
): { id: string; position: number }[] {
  return ids.map((id, position) => ({ id, position })).filter((u) => current.get(u.id) !== u.position);
}

/** A key not yet used in the touchpoint: "headline" → "headline-copy", "headline-copy-2", … */
export function copyKey(key: string, taken: ReadonlySet<string>): string {
  const base = `${key.replace(/-copy(-\d+)?$/, "")}-copy`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
