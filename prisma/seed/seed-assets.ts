// Demo data for the assets capability (filled in with that capability).
import type { Db } from "@/lib/db";
import type { SeedContext } from "../seed";

export async function seedAssets(_tx: Db, _ctx: SeedContext): Promise<void> {}
