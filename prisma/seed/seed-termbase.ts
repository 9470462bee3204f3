// Demo data for the termbase capability (filled in with that capability).
import type { Db } from "@/lib/db";
import type { SeedContext } from "../seed";

export async function seedTermbase(_tx: Db, _ctx: SeedContext): Promise<void> {}
