// Filters of the coverage dashboard (URL search params → typed filters).
import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .max(120)
  .optional()
  .transform((v) => (v ? v : undefined));
const optionalDate = z
  .union([z.iso.date(), z.literal("")])
  .optional()
  .transform((v) => (v ? v : undefined));

export const dashboardFiltersSchema = z.object({
  region: optionalText,
  channel: optionalText,
  owner: optionalText,
  from: optionalDate,
  to: optionalDate,
  status: z
    .union([z.enum(["draft", "published", "archived"]), z.literal("")])
    .optional()
    .transform((v) => (v ? v : undefined)),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
export type DashboardFilters = z.infer<typeof dashboardFiltersSchema>;
export type DashboardFiltersInput = z.input<typeof dashboardFiltersSchema>;

/** Campaign columns per matrix page (rankings and charts use every campaign). */
export const CAMPAIGNS_PER_PAGE = 25;
