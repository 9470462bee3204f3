import { z } from "zod";

const bcp47 = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "LOCALE_INVALID");

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const marketSchema = z.object({
  code: z.string().trim().toUpperCase().regex(/^[A-Z0-9-]{2,10}$/, "MARKET_CODE_INVALID"),
  name: z.string().trim().min(1).max(80),
  region: z.string().trim().max(40).default(""),
  locales: z.array(bcp47).min(1, "MARKET_NEEDS_LOCALE"),
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, "CURRENCY_INVALID"),
  timeZone: z.string().refine(isTimeZone, "TIME_ZONE_INVALID"),
  fallbackLocale: bcp47.nullable().optional(),
  leadId: z.string().nullable().optional(),
});
export type MarketInput = z.infer<typeof marketSchema>;

export const updateMarketSchema = marketSchema.partial().extend({
  id: z.string().min(1),
  archived: z.boolean().optional(),
});
