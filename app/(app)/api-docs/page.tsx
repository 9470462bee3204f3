import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi";
import { getT } from "@/lib/i18n/request";
import { SchemaView } from "./schema-view";

export const metadata: Metadata = { title: "API reference" };

type Operation = {
  tags: string[];
  summary: string;
  description?: string;
  operationId: string;
  security: unknown[];
  parameters?: Array<{ name: string; in: string; required: boolean; schema: Record<string, unknown> }>;
  requestBody?: { description?: string; content: Record<string, { schema?: Record<string, unknown> }> };
  responses: Record<string, { description: string; content?: Record<string, { schema?: Record<string, unknown> }> }>;
  "x-error-codes": string[];
};

const METHOD_TONE: Record<string, string> = {
  get: "bg-sky-100 text-sky-800 dark:bg-sky-900 dark:text-sky-200",
  post: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-200",
  put: "bg-amber-100 text-amber-800 dark:bg-amber-900 dark:text-amber-200",
  patch: "bg-violet-100 text-violet-800 dark:bg-violet-900 dark:text-violet-200",
  delete: "bg-red-100 text-red-800 dark:bg-red-900 dark:text-red-200",
};

export default async function ApiDocsPage() {
  await requireActor();
  const { t } = await getT();
  const doc = buildOpenApiDocument() as { info: { description: string }; tags: Array<{ name: string }>; paths: Record<string, Record<string, Operation>> };
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  const required = t("exchange:apiDocs.required");
  // Webhooks are documented in the JSON document's `webhooks` section, not among the paths.
  const tags = doc.tags.filter((tag) => operations.some(({ op }) => op.tags.includes(tag.name)));
  return (
    <>
      <PageHeader title={t("exchange:apiDocs.title")} description={t("exchange:apiDocs.description")} />
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400" dir="ltr">{doc.info.description}</p>
      <p className="mb-6">
        <a href="/api/v1/openapi.json" className="text-sm text-brand-700 underline dark:text-brand-300">{t("exchange:apiDocs.openapi")}</a>
      </p>
      <nav aria-label={t("exchange:apiDocs.contents")} className="mb-6 flex flex-wrap gap-2">
        {tags.map((tag) => (
          <a key={tag.name} href={`#tag-${tag.name}`} className="rounded-full border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50 dark:border-slate-600 dark:hover:bg-slate-800">
            {tag.name}
          </a>
        ))}
      </nav>
      <div className="space-y-10">
        {tags.map((tag) => (
          <section key={tag.name} aria-labelledby={`tag-${tag.name}`}>
            <h2 id={`tag-${tag.name}`} className="mb-3 text-lg font-semibold">{tag.name}</h2>
            <div className="space-y-4">
              {operations
                .filter(({ op }) => op.tags.includes(tag.name))
                .map(({ path, method, op }) => (
                  <Card key={`${method} ${path}`}>
                    <article aria-labelledby={op.operationId}>
                      <h3 id={op.operationId} className="flex flex-wrap items-center gap-2" dir="ltr">
                        <span className={`rounded px-2 py-0.5 font-mono text-xs font-bold uppercase ${METHOD_TONE[method] ?? ""}`}>{method}</span>
                        <code className="font-mono text-sm font-semibold">{path}</code>
                      </h3>
                      <p className="mt-1 text-sm" dir="ltr">{op.summary}</p>
                      {op.description ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" dir="ltr">{op.description}</p> : null}
                      <dl className="mt-3 grid grid-cols-1 gap-3 text-sm sm:grid-cols-[10rem_1fr]">
                        <dt className="font-medium">{t("exchange:apiDocs.auth")}</dt>
                        <dd>{op.security.length ? <Badge tone="info">{t("exchange:apiDocs.bearer")}</Badge> : <Badge>{t("exchange:apiDocs.none")}</Badge>}</dd>
                        {op.parameters?.length ? (
                          <>
                            <dt className="font-medium">{t("exchange:apiDocs.parameters")}</dt>
                            <dd>
                              <ul className="space-y-1" dir="ltr">
                                {op.parameters.map((p) => (
                                  <li key={`${p.in}-${p.name}`}>
                                    <code className="font-semibold">{p.name}</code> <span className="text-xs text-slate-500">({p.in})</span>{" "}
                                    <SchemaView schema={p.schema} requiredLabel={required} />
                                  </li>
                                ))}
                              </ul>
                            </dd>
                          </>
                        ) : null}
                        {op.requestBody ? (
                          <>
                            <dt className="font-medium">{t("exchange:apiDocs.requestBody")}</dt>
                            <dd className="space-y-2">
                              <p className="font-mono text-xs" dir="ltr">{Object.keys(op.requestBody.content).join(", ")}</p>
                              {op.requestBody.description ? <p dir="ltr">{op.requestBody.description}</p> : null}
                              {Object.values(op.requestBody.content).find((c) => c.schema)?.schema ? (
                                <SchemaView schema={Object.values(op.requestBody.content).find((c) => c.schema)!.schema!} requiredLabel={required} />
                              ) : null}
                            </dd>
                          </>
                        ) : null}
                        <dt className="font-medium">{t("exchange:apiDocs.response")}</dt>
                        <dd className="space-y-1">
                          {Object.entries(op.responses)
                            .filter(([status]) => status.startsWith("2"))
                            .map(([status, r]) => (
                              <div key={status} dir="ltr">
                                <code className="font-semibold">{status}</code> {r.description}{" "}
                                <span className="font-mono text-xs text-slate-500">{Object.keys(r.content ?? {}).join(", ")}</span>
                                {Object.values(r.content ?? {})[0]?.schema ? <SchemaView schema={Object.values(r.content ?? {})[0]!.schema!} requiredLabel={required} /> : null}
                              </div>
                            ))}
                        </dd>
                        {op["x-error-codes"].length ? (
                          <>
                            <dt className="font-medium">{t("exchange:apiDocs.errors")}</dt>
                            <dd className="flex flex-wrap gap-1" dir="ltr">
                              {op["x-error-codes"].map((code) => <code key={code} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">{code}</code>)}
                            </dd>
                          </>
                        ) : null}
                      </dl>
                    </article>
                  </Card>
                ))}
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
