// The loop the server starts: an emitted event becomes a notification within about a second,
// with nobody calling the dispatcher (the e2e suite relies on it).
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { emit } from "@/lib/events/emit";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { startBackgroundLoop } from "./background-loop";

setupTestDatabase();

let stop: (() => void) | undefined;
afterAll(() => stop?.());

describe("background loop", () => {
  it("dispatches a new event on its own, promptly", async () => {
    const db = await getDb();
    const user = await db.user.create({ data: { email: "loop@meridian.test", name: "Loop", passwordHash: "x", role: "regional_marketer" } });
    stop = startBackgroundLoop({ eventsMs: 200, workMs: 60_000 });
    await emit(db, {
      type: "comment.created",
      payload: { commentId: "c", variantId: "v", blockId: null, campaignName: "C", market: "DE", actor: { id: "a", name: "A" }, body: "hi", mentionedUserIds: [user.id], parentAuthorId: null },
    });
    const deadline = Date.now() + 5000;
    while ((await db.notification.count({ where: { userId: user.id } })) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(await db.notification.count({ where: { userId: user.id, kind: "mentioned" } })).toBe(1);
  });
});
