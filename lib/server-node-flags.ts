// The V8 flags the app's server runs with (scripts/start.ts), and benchmarks with it.
// A 32 MB young-generation semi-space instead of V8's 16 MB: a 10,000-unit XLIFF import
// allocates some 850 MB of short-lived objects (XML events, ICU parses, checker state) and spent
// ~0.5 s in 56 scavenges; with 32 MB it measured 3.6–4.4 s instead of 4.5–5.2 s, alternated runs
// on one machine (bench/xliff.ts). The heap may grow by at most 48 MB more.
export const SERVER_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=32"];

/** True when this process was started with SERVER_NODE_FLAGS. */
export function hasServerNodeFlags(execArgv: readonly string[] = process.execArgv): boolean {
  return SERVER_NODE_FLAGS.every((flag) => execArgv.includes(flag));
}
