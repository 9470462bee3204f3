import { describe, expect, it } from "vitest";
import { z } from "zod";
import { marketSchema } from "@/lib/markets/market.schemas";
import { fieldErrors, serverIssues } from "./field-errors";

describe("field errors for forms sharing the server's schema", () => {
  it("keeps one code per top-level field: the schema's own code, else zod's issue code", () => {
    const parsed = marketSchema.safeParse({ code: "x", name: "", region: "", locales: [], currency: "EUR", timeZone: "Europe/Berlin", fallbackLocale: null, leadId: null });
    expect(parsed.success).toBe(false);
    const errors = fieldErrors(parsed.error!.issues);
    expect(errors.code).toBe("MARKET_CODE_INVALID");
    expect(errors.name).toBe("too_small");
  });

  it("puts the server's VALIDATION_FAILED issues at their fields, and nothing for other refusals", () => {
    const details = [{ path: "terms.0.text", code: "too_small", message: "Too small" }, { path: "locale", code: "custom", message: "LOCALE_INVALID" }];
    expect(fieldErrors(serverIssues({ code: "VALIDATION_FAILED", details }))).toEqual({ terms: "too_small", locale: "LOCALE_INVALID" });
    expect(serverIssues({ code: "IMPORT_INVALID", details })).toEqual([]);
    expect(serverIssues({ code: "VALIDATION_FAILED", details: { yours: 1 } })).toEqual([]);
    expect(serverIssues(null)).toEqual([]);
  });

  it("reads zod issues of nested objects by their first segment", () => {
    const parsed = z.object({ period: z.object({ from: z.string().min(1) }) }).safeParse({ period: { from: "" } });
    expect(fieldErrors(parsed.error!.issues)).toEqual({ period: "too_small" });
  });
});
