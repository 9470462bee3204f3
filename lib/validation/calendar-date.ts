// Dates that clients send: an ISO date ("2026-12-24") or date-time, or a Date from code that calls
// an operation directly. Numbers and booleans are refused (z.coerce.date turned `true` into 1970),
// and so are years past 9999 (the database cannot store them: they were a 500).
import { z } from "zod";

const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export const calendarDate = z
  .union([z.date(), z.iso.date(), z.iso.datetime({ offset: true, local: true })])
  .transform((value) => (value instanceof Date ? value : new Date(value)))
  .refine((d) => !Number.isNaN(d.getTime()) && d.getTime() >= EARLIEST && d.getTime() <= LATEST, {
    message: "DATE_INVALID: a date between 1900 and 9999",
  });

/** A date, or "" / null to clear it; absent leaves it as it is. */
export const clearableDate = z
  .union([calendarDate, z.literal(""), z.null()])
  .optional()
  .transform((v) => (v instanceof Date ? v : v === undefined ? undefined : null));
