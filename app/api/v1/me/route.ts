// The caller's identity, role and markets.
import { getDb } from "@/lib/db";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(async ({ actor }) => {
  const db = await getDb();
  const markets = await db.market.findMany({
    where: { id: { in: actor.marketIds } },
    select: { code: true, name: true, locales: true },
  });
  return {
    id: actor.id,
    email: actor.email,
    name: actor.name,
    role: actor.role,
    uiLocale: actor.uiLocale,
    markets,
    readOnly: !!actor.readOnly,
  };
});
