// Webhook administration: admins only (every other role and read-only tokens refused),
// secrets generated and revealable, replay and test events become pending deliveries.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { setupTestDatabase } from "@/lib/testing/test-database";
import { createExchangeActor } from "../testing/factory";
import { createWebhook } from "./create-webhook";
import { deleteWebhook } from "./delete-webhook";
import { findWebhooks } from "./find-webhooks";
import { replayWebhookDelivery } from "./replay-webhook-delivery";
import { revealWebhookSecret } from "./reveal-webhook-secret";
import { sendTestWebhook } from "./send-test-webhook";
import { updateWebhook } from "./update-webhook";

setupTestDatabase();

describe("webhook administration", () => {
  it("admins create, list, update, reveal, test, replay and delete", async () => {
    const db = await getDb();
    const admin = await createExchangeActor(db, "admin");
    const hook = await createWebhook(admin, { url: "https://example.test/hook", events: ["variant.approved", "variant.approved", "campaign.published"] });
    expect(hook.secret).toMatch(/^whsec_/);
    expect(hook.events).toEqual(["variant.approved", "campaign.published"]);
    await expect(createWebhook(admin, { url: "ftp://x.test", events: ["variant.approved"] })).rejects.toBeTruthy();
    await expect(createWebhook(admin, { url: "https://x.test", events: [] })).rejects.toBeTruthy();
    expect(await revealWebhookSecret(admin, { id: hook.id })).toEqual({ secret: hook.secret });
    await updateWebhook(admin, { id: hook.id, active: false, events: ["variant.outdated"] });
    const test = await sendTestWebhook(admin, { id: hook.id });
    expect(test.status).toBe("pending");
    await db.webhookDelivery.update({ where: { id: test.id }, data: { status: "dead" } });
    const replay = await replayWebhookDelivery(admin, { deliveryId: test.id });
    expect(replay).toMatchObject({ status: "pending" });
    expect(replay.id).not.toBe(test.id);
    const [listed] = await findWebhooks(admin);
    expect(listed).toMatchObject({ active: false, events: ["variant.outdated"] });
    expect(listed!.deliveries.map((d) => d.status).sort()).toEqual(["dead", "pending"]);
    expect(await db.auditEvent.count({ where: { entityType: "webhook", entityId: hook.id } })).toBe(3);
    await deleteWebhook(admin, { id: hook.id });
    expect(await db.webhookDelivery.count()).toBe(0);
  });

  it("every other role, and an admin's read-only token, is refused", async () => {
    const db = await getDb();
    const admin = await createExchangeActor(db, "admin");
    const hook = await createWebhook(admin, { url: "https://example.test/2", events: ["variant.submitted"] });
    const delivery = await sendTestWebhook(admin, { id: hook.id });
    const others = await Promise.all(
      (["hq_brand", "hq_campaign", "regional_marketer", "regional_approver", "translator", "viewer"] as const).map((r) => createExchangeActor(db, r)),
    );
    for (const actor of [...others, { ...admin, readOnly: true }]) {
      await expect(createWebhook(actor, { url: "https://x.test", events: ["variant.approved"] })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateWebhook(actor, { id: hook.id, active: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(deleteWebhook(actor, { id: hook.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(revealWebhookSecret(actor, { id: hook.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(sendTestWebhook(actor, { id: hook.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(replayWebhookDelivery(actor, { deliveryId: delivery.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    for (const actor of others) await expect(findWebhooks(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(findWebhooks({ ...admin, readOnly: true })).resolves.toHaveLength(1);
  });
});
