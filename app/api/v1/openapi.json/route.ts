// The OpenAPI 3.1 document of API v1, generated from the endpoint registry; public, no token.
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi";
import { publicApiRoute } from "@/lib/http/api-route";

export const GET = publicApiRoute(async () => buildOpenApiDocument());
