// API v1: list the variants the token owner may see (?campaign=&market=&state=&limit=).
import { apiRoute } from "@/lib/http/api-route";
import { findVariants } from "@/lib/variants/find-variants";

export const GET = apiRoute(async ({ req, actor }) => {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  return { items: await findVariants(actor, params) };
});
