// Actors for the demo users, for tests that run domain functions as each role.
import { loadActor } from "@/lib/auth/load-actor";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { seedDemo } from "@/prisma/seed";
import { DEMO_USERS } from "@/prisma/seed/seed-foundation";

export type DemoEmail = (typeof DEMO_USERS)[number]["email"];

export async function seedAndLoadActors(): Promise<Record<DemoEmail, Actor>> {
  const db = await getDb();
  await seedDemo(db);
  const entries = await Promise.all(
    DEMO_USERS.map(async (u) => {
      const user = await db.user.findUniqueOrThrow({ where: { email: u.email } });
      return [u.email, (await loadActor(user.id))!] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<DemoEmail, Actor>;
}

export async function marketId(code: string): Promise<string> {
  const db = await getDb();
  return (await db.market.findUniqueOrThrow({ where: { code } })).id;
}
