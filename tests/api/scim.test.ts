// SCIM 2.0 through the route handlers, with requests shaped as the RFC 7644 examples
// (§3.3 create, §3.4.2.2 filter, §3.5.2 PATCH, §3.12 errors) and the forms Okta and Azure AD send.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as groupGet, PATCH as groupPatch, PUT as groupPut } from "@/app/scim/v2/Groups/[id]/route";
import { GET as groupList } from "@/app/scim/v2/Groups/route";
import { GET as spc } from "@/app/scim/v2/ServiceProviderConfig/route";
import { DELETE as userDelete, GET as userGet, PATCH as userPatch, PUT as userPut } from "@/app/scim/v2/Users/[id]/route";
import { GET as userList, POST as userCreate } from "@/app/scim/v2/Users/route";
import { startUserSession, loadSessionActor } from "@/lib/auth/user-session";
import { getDb } from "@/lib/db";
import { marketId, seedAndLoadActors } from "@/lib/testing/demo-actors";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import { createApiToken } from "@/lib/tokens/create-api-token";

setupTestDatabase({ seeded: true });
const BASE = "http://meridian.test/scim/v2";
const ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
let adminToken = "";
let marketerToken = "";
let readOnlyToken = "";

beforeAll(async () => {
  const actors = await seedAndLoadActors();
  adminToken = (await createApiToken(actors["admin@meridian.test"], { name: "scim" })).token;
  readOnlyToken = (await createApiToken(actors["admin@meridian.test"], { name: "scim-ro", readOnly: true })).token;
  marketerToken = (await createApiToken(actors["de.marketer@meridian.test"], { name: "mine" })).token;
});

function call(path: string, init: { method?: string; body?: unknown; token?: string; type?: string } = {}): Request {
  const headers: Record<string, string> = { authorization: `Bearer ${init.token ?? adminToken}` };
  if (init.body !== undefined) headers["content-type"] = init.type ?? "application/scim+json";
  return new Request(`${BASE}${path}`, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}
const params = <P>(p: P) => ({ params: Promise.resolve(p) });
const none = params({});

async function read(res: Response) {
  expect(res.headers.get("content-type")).toBe("application/scim+json");
  return res.json();
}

describe("SCIM Users", () => {
  let userId = "";

  it("creates a user from the RFC 7644 §3.3 example and answers 201 with Location", async () => {
    const res = await userCreate(
      call("/Users", {
        method: "POST",
        body: {
          schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"],
          userName: "Bjensen@example.com",
          externalId: "bjensen",
          name: { formatted: "Ms. Barbara J Jensen III", familyName: "Jensen", givenName: "Barbara" },
          roles: [{ value: "translator", primary: true }],
        },
      }),
      none,
    );
    expect(res.status).toBe(201);
    const body = await read(res);
    userId = body.id;
    expect(res.headers.get("location")).toBe(`${BASE}/Users/${userId}`);
    expect(body).toMatchObject({ userName: "bjensen@example.com", displayName: "Ms. Barbara J Jensen III", active: true, roles: [{ value: "translator" }], meta: { resourceType: "User" } });
  });

  it("answers a second create of the same userName with 409 uniqueness", async () => {
    const res = await userCreate(call("/Users", { method: "POST", body: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "bjensen@example.com" } }), none);
    expect(res.status).toBe(409);
    expect(await read(res)).toMatchObject({ schemas: [ERROR], status: "409", scimType: "uniqueness" });
  });

  it("filters by userName eq and pages as a ListResponse", async () => {
    const res = await userList(call(`/Users?filter=${encodeURIComponent('userName eq "bjensen@example.com"')}`), none);
    const body = await read(res);
    expect(body).toMatchObject({ schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], totalResults: 1, startIndex: 1, itemsPerPage: 1 });
    expect(body.Resources[0].id).toBe(userId);
    const page = await read(await userList(call("/Users?startIndex=2&count=3"), none));
    expect(page).toMatchObject({ startIndex: 2, itemsPerPage: 3 });
    expect(page.totalResults).toBeGreaterThan(9);
  });

  it("refuses a filter it does not support with 400 invalidFilter", async () => {
    const res = await userList(call(`/Users?filter=${encodeURIComponent('title pr')}`), none);
    expect(res.status).toBe(400);
    expect(await read(res)).toMatchObject({ schemas: [ERROR], status: "400", scimType: "invalidFilter" });
  });

  it("replaces a user (PUT) and changes the role", async () => {
    const res = await userPut(
      call(`/Users/${userId}`, { method: "PUT", body: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "bjensen@example.com", displayName: "Babs Jensen", roles: [{ value: "viewer" }], active: true } }),
      params({ id: userId }),
    );
    expect(await read(res)).toMatchObject({ displayName: "Babs Jensen", roles: [{ value: "viewer" }], active: true });
  });

  it("PATCH replace active=false ends the user's sessions and tokens at once", async () => {
    const db = await getDb();
    const target = await db.user.findUniqueOrThrow({ where: { email: "fr.marketer@meridian.test" } });
    const sid = await startUserSession(target.id, 3600);
    const actor = (await loadSessionActor(sid))!;
    const token = (await createApiToken(actor, { name: "fr" })).token;
    expect(await authenticateToken(token)).not.toBeNull();
    const res = await userPatch(
      call(`/Users/${target.id}`, { method: "PATCH", body: { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "active", value: false }] } }),
      params({ id: target.id }),
    );
    expect(res.status).toBe(200);
    expect(await read(res)).toMatchObject({ active: false });
    expect(await loadSessionActor(sid)).toBeNull();
    expect(await authenticateToken(token)).toBeNull();
    // Azure AD's form: no path, "False" as a string; reactivates with "True".
    const again = await userPatch(
      call(`/Users/${target.id}`, { method: "PATCH", body: { schemas: [PATCH_OP], Operations: [{ op: "Replace", value: { active: "True" } }] } }),
      params({ id: target.id }),
    );
    expect(await read(again)).toMatchObject({ active: true });
  });

  it("DELETE deactivates and GET of an unknown id answers a SCIM 404", async () => {
    expect((await userDelete(call(`/Users/${userId}`, { method: "DELETE" }), params({ id: userId }))).status).toBe(204);
    expect(await read(await userGet(call(`/Users/${userId}`), params({ id: userId })))).toMatchObject({ active: false });
    const missing = await userGet(call("/Users/nope"), params({ id: "nope" }));
    expect(missing.status).toBe(404);
    expect(await read(missing)).toEqual({ schemas: [ERROR], status: "404", detail: "NOT_FOUND: Not found" });
  });

  it("answers a malformed body with 400 and a SCIM error", async () => {
    const res = await userCreate(call("/Users", { method: "POST", body: { userName: "x@example.com" } }), none);
    expect(res.status).toBe(400);
    expect(await read(res)).toMatchObject({ schemas: [ERROR], status: "400", scimType: "invalidValue" });
    const patch = await userPatch(call(`/Users/${userId}`, { method: "PATCH", body: { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "active", value: "maybe" }] } }), params({ id: userId }));
    expect(await read(patch)).toMatchObject({ status: "400", scimType: "invalidValue" });
  });
});

describe("SCIM Groups (markets)", () => {
  it("lists markets as groups, filtered by displayName", async () => {
    const body = await read(await groupList(call(`/Groups?filter=${encodeURIComponent('displayName eq "DE"')}`), none));
    expect(body.totalResults).toBe(1);
    expect(body.Resources[0]).toMatchObject({ displayName: "DE", schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"] });
    expect(body.Resources[0].members.map((m: { display: string }) => m.display)).toContain("de.marketer@meridian.test");
  });

  it("adds and removes members with PATCH (RFC 7644 §3.5.2.1 and §3.5.2.2) and PUT", async () => {
    const db = await getDb();
    const jp = await marketId("JP");
    const user = await db.user.findUniqueOrThrow({ where: { email: "de.marketer@meridian.test" } });
    const sid = await startUserSession(user.id, 3600);
    const add = await groupPatch(
      call(`/Groups/${jp}`, { method: "PATCH", body: { schemas: [PATCH_OP], Operations: [{ op: "add", path: "members", value: [{ display: "Dana", $ref: `${BASE}/Users/${user.id}`, value: user.id }] }] } }),
      params({ id: jp }),
    );
    expect((await read(add)).members.map((m: { value: string }) => m.value)).toContain(user.id);
    expect(await read(await userGet(call(`/Users/${user.id}`), params({ id: user.id })))).toMatchObject({ groups: expect.arrayContaining([expect.objectContaining({ display: "JP" })]) });
    // Market changes bump the session version: the old session ends, as with the admin page.
    expect(await loadSessionActor(sid, 0)).toBeNull();
    const remove = await groupPatch(
      call(`/Groups/${jp}`, { method: "PATCH", body: { schemas: [PATCH_OP], Operations: [{ op: "remove", path: `members[value eq "${user.id}"]` }] } }),
      params({ id: jp }),
    );
    expect((await read(remove)).members.map((m: { value: string }) => m.value)).not.toContain(user.id);
    const put = await groupPut(call(`/Groups/${jp}`, { method: "PUT", body: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "JP", members: [{ value: user.id }] } }), params({ id: jp }));
    expect((await read(put)).members).toEqual([expect.objectContaining({ value: user.id })]);
    const memberships = await db.membership.findMany({ where: { userId: user.id }, include: { market: true } });
    expect(memberships.map((m) => m.market.code).sort()).toEqual(["DE", "JP"]);
  });

  it("refuses renaming a group and unknown members", async () => {
    const de = await marketId("DE");
    const rename = await groupPatch(call(`/Groups/${de}`, { method: "PATCH", body: { schemas: [PATCH_OP], Operations: [{ op: "replace", path: "displayName", value: "XX" }] } }), params({ id: de }));
    expect(await read(rename)).toMatchObject({ status: "400", scimType: "mutability" });
    const unknown = await groupPatch(call(`/Groups/${de}`, { method: "PATCH", body: { schemas: [PATCH_OP], Operations: [{ op: "add", path: "members", value: [{ value: "nobody" }] }] } }), params({ id: de }));
    expect(await read(unknown)).toMatchObject({ status: "400", scimType: "invalidValue" });
    expect((await read(await groupGet(call(`/Groups/${de}`), params({ id: de })))).displayName).toBe("DE");
  });
});

describe("SCIM authentication", () => {
  it("is outside the page proxy, which would redirect an identity provider to the sign-in page", async () => {
    const { config } = await import("@/proxy");
    const pages = new RegExp(`^${config.matcher[0]}$`);
    expect(pages.test("/campaigns")).toBe(true);
    expect(pages.test("/scim/v2/Users")).toBe(false);
  });

  it("answers ServiceProviderConfig to an admin token", async () => {
    expect(await read(await spc(call("/ServiceProviderConfig"), none))).toMatchObject({ patch: { supported: true }, filter: { supported: true } });
  });

  it("refuses no token (401), a non-admin token (403) and a read-only token's writes (403), as SCIM errors", async () => {
    const anonymous = await userList(new Request(`${BASE}/Users`), none);
    expect(anonymous.status).toBe(401);
    expect(await read(anonymous)).toMatchObject({ schemas: [ERROR], status: "401" });
    const marketer = await userList(call("/Users", { token: marketerToken }), none);
    expect(marketer.status).toBe(403);
    expect(await read(marketer)).toMatchObject({ schemas: [ERROR], status: "403" });
    const create = await userCreate(call("/Users", { method: "POST", token: marketerToken, body: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "evil@example.com", roles: [{ value: "admin" }] } }), none);
    expect(create.status).toBe(403);
    const readOnly = await userCreate(call("/Users", { method: "POST", token: readOnlyToken, body: { schemas: ["urn:ietf:params:scim:schemas:core:2.0:User"], userName: "ro@example.com" } }), none);
    expect(readOnly.status).toBe(403);
    expect((await userList(call("/Users", { token: readOnlyToken }), none)).status).toBe(200);
    const db = await getDb();
    expect(await db.user.count({ where: { email: { in: ["evil@example.com", "ro@example.com"] } } })).toBe(0);
  });
});
