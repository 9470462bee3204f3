// Forest plot: each market's lift as a point with its 95% interval, the pooled estimate as a
// diamond and a zero line. Plain SVG (renders on the server), with a title/description and a
// table beside it for assistive technology. Labels arrive formatted in the viewer's language.
export interface ForestRow {
  label: string;
  estimate: number;
  lower: number;
  upper: number;
  /** Formatted "estimate [lower, upper]". */
  text: string;
}

const ROW = 28;
const LABEL_W = 120;
const TEXT_W = 190;
const PLOT_W = 320;

export function ForestPlot({
  rows,
  pooled,
  title,
  description,
  zeroLabel,
}: {
  rows: ForestRow[];
  pooled: ForestRow | null;
  title: string;
  description: string;
  zeroLabel: string;
}) {
  const all = [...rows, ...(pooled ? [pooled] : [])];
  if (all.length === 0) return null;
  let min = Math.min(0, ...all.map((r) => r.lower));
  let max = Math.max(0, ...all.map((r) => r.upper));
  if (max - min < 1e-12) {
    min -= 1;
    max += 1;
  }
  const pad = (max - min) * 0.05;
  min -= pad;
  max += pad;
  const x = (v: number) => LABEL_W + ((v - min) / (max - min)) * PLOT_W;
  const height = (all.length + 1) * ROW + 10;
  const width = LABEL_W + PLOT_W + TEXT_W;
  const id = `forest-${title.replace(/\W+/g, "-").toLowerCase()}`;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      className="w-full max-w-3xl text-slate-700 dark:text-slate-200"
      direction="ltr"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <line x1={x(0)} x2={x(0)} y1={4} y2={height - ROW + 6} stroke="currentColor" strokeDasharray="4 3" strokeOpacity={0.5} />
      <text x={x(0)} y={height - 4} textAnchor="middle" fontSize={10} fill="currentColor">
        {zeroLabel}
      </text>
      {rows.map((r, i) => {
        const y = (i + 1) * ROW;
        return (
          <g key={`${r.label}-${i}`}>
            <text x={4} y={y + 4} fontSize={12} fill="currentColor">{r.label}</text>
            <line x1={x(r.lower)} x2={x(r.upper)} y1={y} y2={y} stroke="currentColor" strokeWidth={2} />
            <rect x={x(r.estimate) - 4} y={y - 4} width={8} height={8} fill="#4f46e5" />
            <text x={LABEL_W + PLOT_W + 8} y={y + 4} fontSize={11} fill="currentColor">{r.text}</text>
          </g>
        );
      })}
      {pooled ? (
        <g>
          <text x={4} y={(rows.length + 1) * ROW + 4} fontSize={12} fontWeight={600} fill="currentColor">{pooled.label}</text>
          <polygon
            points={[
              `${x(pooled.lower)},${(rows.length + 1) * ROW}`,
              `${x(pooled.estimate)},${(rows.length + 1) * ROW - 7}`,
              `${x(pooled.upper)},${(rows.length + 1) * ROW}`,
              `${x(pooled.estimate)},${(rows.length + 1) * ROW + 7}`,
            ].join(" ")}
            fill="#10b981"
          />
          <text x={LABEL_W + PLOT_W + 8} y={(rows.length + 1) * ROW + 4} fontSize={11} fontWeight={600} fill="currentColor">{pooled.text}</text>
        </g>
      ) : null}
    </svg>
  );
}
