// Status and attribute badges shared by the termbase pages and the global search.
import { Badge, type Tone } from "@/components/ui/badge";

const TONES: Record<string, Tone> = { preferred: "success", admitted: "info", deprecated: "warning", forbidden: "danger" };

export function TermStatusBadge({ status, label }: { status: string; label: string }) {
  return (
    <span data-status={status}>
      <Badge tone={TONES[status] ?? "neutral"}>{label}</Badge>
    </span>
  );
}
