// Before/after of one history entry: the changed fields side by side.
function flat(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object") return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === "termId" || k === "proposalId") continue;
    out[k] = v === null || v === undefined ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v);
  }
  return out;
}

export function AuditDiff({ before, after, beforeLabel, afterLabel, fieldLabel }: { before: unknown; after: unknown; beforeLabel: string; afterLabel: string; fieldLabel: string }) {
  const b = flat(before);
  const a = flat(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => b[k] !== a[k]);
  if (keys.length === 0) return null;
  return (
    <table className="mt-2 w-full text-xs">
      <thead className="sr-only">
        <tr>
          <th scope="col">{fieldLabel}</th>
          <th scope="col">{beforeLabel}</th>
          <th scope="col">{afterLabel}</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => (
          <tr key={k} className="align-top">
            <th scope="row" className="w-32 py-0.5 pe-2 text-start font-mono font-normal text-slate-500">{k}</th>
            <td className="py-0.5 pe-2 text-red-700 line-through decoration-red-300 dark:text-red-300" dir="auto">{k in b ? b[k] : ""}</td>
            <td className="py-0.5 text-emerald-700 dark:text-emerald-300" dir="auto">{k in a ? a[k] : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
