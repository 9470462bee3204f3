// The cultural review checklist an approver completes before approval (Variant.checklist JSON:
// { items: { [key]: { done, note } } }).
export const CHECKLIST_ITEMS = [
  "imagery",
  "gestures_symbols",
  "colours",
  "holidays_dates",
  "humour",
  "legal_claims",
  "local_competitors",
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export interface Checklist {
  items: Partial<Record<ChecklistItem, { done: boolean; note: string }>>;
}

export function readChecklist(value: unknown): Checklist {
  const items: Checklist["items"] = {};
  const raw = (value as { items?: Record<string, unknown> } | null)?.items;
  if (raw && typeof raw === "object") {
    for (const key of CHECKLIST_ITEMS) {
      const item = raw[key] as { done?: unknown; note?: unknown } | undefined;
      if (item && typeof item === "object") {
        items[key] = { done: item.done === true, note: typeof item.note === "string" ? item.note : "" };
      }
    }
  }
  return { items };
}

export function mergeChecklist(current: unknown, update: Checklist): Checklist {
  const merged = readChecklist(current);
  for (const key of CHECKLIST_ITEMS) {
    const item = update.items[key];
    if (item) merged.items[key] = { done: item.done, note: item.note ?? "" };
  }
  return merged;
}

export function isChecklistComplete(value: unknown): boolean {
  const { items } = readChecklist(value);
  return CHECKLIST_ITEMS.every((key) => items[key]?.done === true);
}
