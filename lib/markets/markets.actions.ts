"use server";
import { memberAction } from "@/lib/actions/action-client";
import { marketSchema, updateMarketSchema } from "./market.schemas";
import { createMarket, updateMarket } from "./save-market";

export const createMarketAction = memberAction("markets.create", marketSchema, (input, actor) => createMarket(actor, input), {
  revalidate: ["/markets"],
});

export const updateMarketAction = memberAction("markets.update", updateMarketSchema, (input, actor) => updateMarket(actor, input), {
  revalidate: ["/markets"],
});
