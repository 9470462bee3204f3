import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/permissions/actor";
import { requireAllowed } from "@/lib/permissions/require";
import { canViewUsers } from "@/lib/permissions/workspace";
import { userSelect } from "./user-select";

export async function findUsers(actor: Actor, filter: { q?: string } = {}) {
  requireAllowed(canViewUsers(actor));
  const db = await getDb();
  const q = filter.q?.trim();
  return db.user.findMany({
    where: q
      ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] }
      : undefined,
    orderBy: { email: "asc" },
    select: userSelect,
  });
}
