import { describe, expect, it } from "vitest";
import { claimGroups, mapClaimsToAccess, parseRoleMap } from "./claim-mapping";

const map = parseRoleMap("meridian-admins=admin, meridian-de=regional_marketer:DE, meridian-dach=regional_marketer:de+AT,meridian-fr-review=regional_approver:FR");

describe("parseRoleMap", () => {
  it("reads group=role[:MARKET+MARKET] entries with upper-cased market codes", () => {
    expect(map).toEqual([
      { group: "meridian-admins", role: "admin", marketCodes: [] },
      { group: "meridian-de", role: "regional_marketer", marketCodes: ["DE"] },
      { group: "meridian-dach", role: "regional_marketer", marketCodes: ["DE", "AT"] },
      { group: "meridian-fr-review", role: "regional_approver", marketCodes: ["FR"] },
    ]);
    expect(parseRoleMap("")).toEqual([]);
  });

  it("refuses an unknown role or a missing group", () => {
    expect(() => parseRoleMap("g=superuser")).toThrow(/g=superuser/);
    expect(() => parseRoleMap("=admin")).toThrow();
    expect(() => parseRoleMap("admin")).toThrow();
  });
});

describe("mapClaimsToAccess", () => {
  it("gives the most powerful mapped role and the markets of the entries naming it", () => {
    expect(mapClaimsToAccess(["meridian-de", "meridian-dach", "other"], map, null)).toEqual({ role: "regional_marketer", marketCodes: ["AT", "DE"] });
    expect(mapClaimsToAccess(["meridian-de", "meridian-fr-review"], map, null)).toEqual({ role: "regional_approver", marketCodes: ["FR"] });
    expect(mapClaimsToAccess(["meridian-de", "meridian-admins"], map, null)).toEqual({ role: "admin", marketCodes: [] });
  });

  it("refuses someone in no mapped group unless a fallback role is configured", () => {
    expect(mapClaimsToAccess(["staff"], map, null)).toBeNull();
    expect(mapClaimsToAccess([], map, "viewer")).toEqual({ role: "viewer", marketCodes: [] });
  });

  it("reads a claim given as an array or a single string, ignoring other values", () => {
    expect(claimGroups(["a", 1, "b"])).toEqual(["a", "b"]);
    expect(claimGroups("a")).toEqual(["a"]);
    expect(claimGroups(undefined)).toEqual([]);
  });
});
