// Every environment variable the app reads, validated once. README lists the same set.
import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/auth/client-address";
import { parseRoleMap } from "@/lib/core/sso/claim-mapping";

function optionalText() {
  return z.string().optional().or(z.literal("").transform(() => undefined));
}

// Machine translation providers. Read on each use (translationEnv), not cached: they are the
// admin's switch for what may leave the workspace, and tests turn them on and off.
export const translationEnvSchema = z.object({
  APERTIUM_URL: z.url().optional().or(z.literal("").transform(() => undefined)),
  APERTIUM_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  APERTIUM_BATCH_SIZE: z.coerce.number().int().positive().default(20),
  APERTIUM_CONCURRENCY: z.coerce.number().int().positive().default(4),
  DEEPL_API_KEY: z.string().optional(),
  DEEPL_API_URL: z.url().optional().or(z.literal("").transform(() => undefined)),
  OPENAI_BASE_URL: z.url().optional().or(z.literal("").transform(() => undefined)),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_MODEL: z.string().optional(),
  MT_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  MT_BATCH_SIZE: z.coerce.number().int().positive().default(20),
});

const schema = translationEnvSchema.extend({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MERIDIAN_DATA_DIR: z.string().default(".data"),
  PORT: z.coerce.number().int().positive().default(3000),
  // `npm start` builds when sources are newer than the build; deployments build once and skip it.
  MERIDIAN_BUILD: z.enum(["auto", "skip"]).default("auto"),
  NEXTAUTH_SECRET: z.string().optional(),
  NEXTAUTH_URL: z.string().optional(),
  SESSION_MAX_AGE_HOURS: z.coerce.number().positive().default(12),
  SIGNIN_MAX_ATTEMPTS: z.coerce.number().int().positive().default(5),
  SIGNIN_WINDOW_SECONDS: z.coerce.number().int().positive().default(300),
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .superRefine((value, ctx) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
  MERIDIAN_SEED: z.enum(["demo", "none"]).default("demo"),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, "SMTP_URL must be smtp://… (STARTTLS) or smtps://… (implicit TLS)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // smtp:// must upgrade with STARTTLS (smtps:// is TLS from the start); "off" only for a trusted local relay.
  SMTP_TLS: z.enum(["required", "off"]).default("required"),
  MAIL_FROM: z.string().default("Meridian <no-reply@meridian.test>"),
  S3_ENDPOINT: z.string().optional(),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_REGION: z.string().default("us-east-1"),
  MAX_UPLOAD_MB: z.coerce.number().positive().default(50),
  MAX_IMPORT_MB: z.coerce.number().positive().default(20),
  // On-premises receivers on private addresses; off, webhooks reach only public addresses.
  WEBHOOK_ALLOW_PRIVATE: z
    .enum(["true", "false", "1", "0", ""])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  // Single sign-on (OpenID Connect): the provider is offered only when all three are set.
  OIDC_ISSUER: optionalText(),
  OIDC_CLIENT_ID: optionalText(),
  OIDC_CLIENT_SECRET: optionalText(),
  OIDC_NAME: z.string().default("SSO"),
  // Providers that put groups in the ID token only on request (oidc-provider, Keycloak with a
  // "groups" client scope) need that scope here; Entra ID refuses scopes it does not know.
  OIDC_SCOPES: z.string().default("openid email profile"),
  OIDC_ROLE_CLAIM: z.string().default("groups"),
  OIDC_ROLE_MAP: z.string().default("").superRefine((value, ctx) => {
    try {
      parseRoleMap(value);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message });
    }
  }),
  // Someone in no mapped group: refused ("none") or created with this role and no markets.
  OIDC_UNMAPPED_ROLE: z.enum(["none", "viewer", "translator"]).default("none"),
  // Password sign-in (and password-minted tokens) refused for everyone but the break-glass admin.
  SSO_REQUIRED: z
    .enum(["true", "false", "1", "0", ""])
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  SSO_BREAK_GLASS_EMAIL: optionalText().transform((v) => v?.trim().toLowerCase()),
});

export type Env = z.infer<typeof schema>;
export type TranslationEnv = z.infer<typeof translationEnvSchema>;

export function translationEnv(): TranslationEnv {
  return translationEnvSchema.parse(process.env);
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}

export function dataDir(): string {
  return path.resolve(env().MERIDIAN_DATA_DIR);
}

/** The OpenID Connect settings, or null when single sign-on is not configured. */
export function oidcConfig() {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret, OIDC_NAME: name } = env();
  return issuer && clientId && clientSecret ? { issuer: issuer.replace(/\/+$/, ""), clientId, clientSecret, name } : null;
}

export function isEmbeddedDatabase(): boolean {
  return !env().DATABASE_URL;
}
