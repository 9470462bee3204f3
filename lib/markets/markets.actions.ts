"use server";
import { memberAction } from "@/lib/actions/action-client";
import { createMarket } from "./create-market";
import { marketSchema, updateMarketSchema } from "./market.schemas";
import { updateMarket } from "./update-market";

export const createMarketAction = memberAction("markets.create", marketSchema, (input, actor) => createMarket(actor, input), {
  revalidate: ["/markets"],
  authorize: createMarket.authorize,
});

export const updateMarketAction = memberAction("markets.update", updateMarketSchema, (input, actor) => updateMarket(actor, input), {
  revalidate: ["/markets"],
  authorize: updateMarket.authorize,
});
