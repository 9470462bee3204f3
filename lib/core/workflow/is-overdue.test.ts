import { describe, expect, it } from "vitest";
import { isOverdue } from "./is-overdue";

const now = new Date("2026-06-10T12:00:00Z");
const past = new Date("2026-06-09T12:00:00Z");

describe("isOverdue", () => {
  it("is past due and still owing work", () => {
    expect(isOverdue({ dueDate: past, state: "in_review" }, now)).toBe(true);
    expect(isOverdue({ dueDate: past, state: "draft", approvedAt: null }, now)).toBe(true);
  });

  it("is never overdue without a due date, before it, or once the work is done", () => {
    expect(isOverdue({ dueDate: null, state: "draft" }, now)).toBe(false);
    expect(isOverdue({ dueDate: new Date("2026-06-11T00:00:00Z"), state: "draft" }, now)).toBe(false);
    expect(isOverdue({ dueDate: now, state: "draft" }, now)).toBe(false);
    for (const state of ["approved", "published", "archived"]) expect(isOverdue({ dueDate: past, state }, now)).toBe(false);
    expect(isOverdue({ dueDate: past, state: "outdated", approvedAt: past }, now)).toBe(false);
  });
});
