// A stored Result row as the API and pages return it: the JSON contract shape plus the lift.
import { computeLift, toResultInput, type StoredResultFields } from "./compute-lift";

export const resultRowSelect = {
  id: true,
  variantId: true,
  metric: true,
  kind: true,
  periodFrom: true,
  periodTo: true,
  exposedUsers: true,
  exposedConversions: true,
  exposedMean: true,
  exposedSd: true,
  holdoutUsers: true,
  holdoutConversions: true,
  holdoutMean: true,
  holdoutSd: true,
  createdById: true,
  createdAt: true,
} as const;

export function toApiResult(
  row: StoredResultFields & { id: string; variantId: string; createdAt: Date },
  options: { minimumDetectableEffect?: number } = {},
) {
  const result = toResultInput(row);
  return { id: row.id, variantId: row.variantId, ...result, createdAt: row.createdAt.toISOString(), lift: computeLift(result, options) };
}

export type ApiResult = ReturnType<typeof toApiResult>;
