// Assignment input, shared by the variant page's control, its server action and
// PUT /api/v1/variants/{id}/assignee (whose body is the person, or JSON null to unassign).
import { z } from "zod";
import { calendarDate } from "@/lib/validation/calendar-date";

const id = z.string().min(1).max(64);
/** A date ("2026-12-24") or date-time; null clears the due date, absent leaves it. */
const dueDate = calendarDate.nullable().optional();

export const assigneeBodySchema = z.union([
  z.null(),
  z.object({ email: z.email().max(320), dueDate }).strict(),
  z.object({ userId: id, dueDate }).strict(),
]);
export type AssigneeBody = z.infer<typeof assigneeBodySchema>;

export const assignVariantSchema = z.object({
  variantId: id,
  assignee: z.union([z.null(), z.object({ email: z.email().max(320) }).strict(), z.object({ userId: id }).strict()]),
  dueDate,
});
export type AssignVariantInput = z.infer<typeof assignVariantSchema>;

/** The API body as the operation's input. */
export function assignInputFromBody(variantId: string, body: AssigneeBody): z.input<typeof assignVariantSchema> {
  if (body === null) return { variantId, assignee: null };
  const { dueDate: due, ...person } = body;
  return { variantId, assignee: person, dueDate: due };
}
