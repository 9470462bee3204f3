// One rule for "overdue", used by every loader that shows a due date (review queue, editor,
// coverage matrix): past its due date and still owing work. Approved, published and archived
// variants owe nothing; neither does one approved earlier and since reopened (approvedAt set).
// The coverage statistics count the same rule in SQL (lib/dashboard/load-coverage.ts).

export const FINISHED_VARIANT_STATES: ReadonlySet<string> = new Set(["approved", "published", "archived"]);

export function isOverdue(variant: { dueDate: Date | null; state: string; approvedAt?: Date | null }, now: Date): boolean {
  if (!variant.dueDate || variant.dueDate >= now) return false;
  return !variant.approvedAt && !FINISHED_VARIANT_STATES.has(variant.state);
}
