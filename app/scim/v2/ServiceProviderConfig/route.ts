// SCIM discovery (RFC 7643 §5): what this service provider supports. Authenticated like the rest.
import { scimJson, scimRoute } from "@/lib/http/scim-route";

export const GET = scimRoute(async ({ base }) =>
  scimJson({
    schemas: ["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
    documentationUri: "https://github.com/meridian/meridian#scim-20-provisioning",
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: 200 },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      { type: "oauthbearertoken", name: "API token", description: "An admin's Meridian API token as a bearer token", primary: true },
    ],
    meta: { resourceType: "ServiceProviderConfig", location: `${base}/ServiceProviderConfig` },
  }),
);
