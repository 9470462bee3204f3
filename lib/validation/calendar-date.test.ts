import { describe, expect, it } from "vitest";
import { campaignBriefSchema } from "@/lib/campaigns/campaign.schemas";
import { assigneeBodySchema } from "@/lib/variants/assignment.schemas";
import { calendarDate, clearableDate } from "./calendar-date";

describe("dates a client sends", () => {
  it("takes ISO dates, date-times and Date objects", () => {
    expect(calendarDate.parse("2026-12-24").toISOString()).toBe("2026-12-24T00:00:00.000Z");
    expect(calendarDate.parse("2026-12-24T10:30:00+01:00").toISOString()).toBe("2026-12-24T09:30:00.000Z");
    expect(calendarDate.parse(new Date("2027-01-01T00:00:00Z")).getUTCFullYear()).toBe(2027);
    expect(clearableDate.parse("")).toBeNull();
    expect(clearableDate.parse(null)).toBeNull();
    expect(clearableDate.parse(undefined)).toBeUndefined();
  });

  it("refuses numbers, booleans and years the database cannot store (they were a 500, or 1970)", () => {
    for (const bad of [true, 0, 8.64e15, "+010000-01-01T00:00:00Z", "+275760-09-13T00:00:00.000Z", "not a date", "2026-02-30"]) {
      expect(calendarDate.safeParse(bad).success, String(bad)).toBe(false);
    }
    expect(assigneeBodySchema.safeParse({ email: "a@b.test", dueDate: 8.64e15 }).success).toBe(false);
    expect(assigneeBodySchema.safeParse({ email: "a@b.test", dueDate: true }).success).toBe(false);
    const brief = campaignBriefSchema.shape.dueDate;
    expect(brief.safeParse("+010000-01-01T00:00:00Z").success).toBe(false);
    expect(brief.safeParse(8.64e15).success).toBe(false);
    expect(brief.safeParse("2027-03-01").success).toBe(true);
  });
});
