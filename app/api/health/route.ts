// Liveness and database reachability for load balancers and monitors.
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    const db = await getDb();
    await db.$queryRawUnsafe("SELECT 1");
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "unavailable", error: { code: "DATABASE_UNREACHABLE", message: "The database is unreachable" } }, { status: 503 });
  }
}
