// Demo data for the campaigns capability (filled in with that capability).
import type { Db } from "@/lib/db";
import type { SeedContext } from "../seed";

export async function seedCampaigns(_tx: Db, _ctx: SeedContext): Promise<void> {}
