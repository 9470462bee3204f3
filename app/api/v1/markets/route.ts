// API v1: an admin creates a market (POST, 201; 409 MARKET_CODE_TAKEN when the code exists).
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-body";
import { createMarket } from "@/lib/markets/create-market";
import { marketSchema } from "@/lib/markets/market.schemas";

export const POST = apiRoute(
  async ({ req, actor }) => {
    createMarket.authorize(actor); // before the body is read
    return createMarket(actor, await readJson(req, marketSchema));
  },
  { status: 201 },
);
