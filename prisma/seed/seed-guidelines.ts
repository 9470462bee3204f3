// Demo data for the guidelines capability (filled in with that capability).
import type { Db } from "@/lib/db";
import type { SeedContext } from "../seed";

export async function seedGuidelines(_tx: Db, _ctx: SeedContext): Promise<void> {}
