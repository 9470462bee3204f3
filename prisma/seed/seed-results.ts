// Demo data for the results capability (filled in with that capability).
import type { Db } from "@/lib/db";
import type { SeedContext } from "../seed";

export async function seedResults(_tx: Db, _ctx: SeedContext): Promise<void> {}
