// The navigation per role: an entry is offered only when its page opens for that role.
import { describe, expect, it } from "vitest";
import type { Actor, Role } from "./actor";
import { navigationFor } from "./navigation";

const actor = (role: Role, marketIds: string[] = ["m-de"]): Actor => ({ id: role, email: `${role}@x.test`, name: role, role, marketIds, uiLocale: "en" });
const keys = (a: Actor) => {
  const nav = navigationFor(a);
  return { main: nav.main.map((e) => e.key), admin: nav.admin.map((e) => e.key) };
};
const EVERYONE = ["work", "campaigns", "termbase", "guidelines", "assets", "markets", "settings"];

describe("navigationFor", () => {
  it("translators see neither Reviews, Dashboard nor Learnings; viewers no Reviews", () => {
    expect(keys(actor("translator")).main).toEqual(EVERYONE);
    expect(keys(actor("viewer", [])).main).toEqual(["work", "campaigns", "dashboard", "learnings", "termbase", "guidelines", "assets", "markets", "settings"]);
    expect(keys(actor("viewer")).main).not.toContain("reviews");
  });

  it("reviewers and HQ see the review queue; only admins see administration", () => {
    for (const role of ["regional_approver", "hq_brand", "admin"] as const) expect([role, keys(actor(role)).main.includes("reviews")]).toEqual([role, true]);
    for (const role of ["regional_marketer", "hq_campaign"] as const) expect([role, keys(actor(role)).main.includes("reviews")]).toEqual([role, false]);
    expect(keys(actor("admin", [])).admin).toEqual(["users", "audit", "webhooks"]);
    for (const role of ["hq_brand", "hq_campaign", "regional_marketer", "regional_approver", "translator", "viewer"] as const) {
      expect([role, keys(actor(role)).admin]).toEqual([role, []]);
    }
  });

  it("every role starts with My work", () => {
    for (const role of ["admin", "hq_brand", "hq_campaign", "regional_marketer", "regional_approver", "translator", "viewer"] as const) {
      expect(navigationFor(actor(role)).main[0]).toEqual({ href: "/work", key: "work" });
    }
  });
});
