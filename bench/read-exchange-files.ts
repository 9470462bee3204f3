// Benchmark: read (parse and validate, no database) a 10,000-unit XLIFF 2.0 (2.8 MB) and a
// 10,000-concept TBX (7.9 MB), 12 runs each, median and fastest. The readers' share of the
// import figures in README, measured alone so that stricter reading can be compared run to run.
// Run: npx tsx bench/read-exchange-files.ts
import { parseXliff } from "@/lib/exchange/xliff/parse-xliff";
import { parseTbx } from "@/lib/termbase/tbx/parse-tbx";
const units: string[] = [];
for (let i = 0; i < 10000; i++) units.push(`<unit id="u${i}"><notes><note>n</note></notes><originalData><data id="d1">&lt;b&gt;</data></originalData><segment state="translated"><source>Hello <ph id="1" dataRef="d1"/> {name} world number ${i}</source><target>Hallo <ph id="1" dataRef="d1"/> Welt ${i}</target></segment></unit>`);
const x = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="f">${units.join("\n")}</file></xliff>`;
const cs: string[] = [];
for (let i = 0; i < 10000; i++) cs.push(`<conceptEntry id="c${i}"><descrip type="definition">def ${i}</descrip>${["en","de","fr"].map(l=>`<langSec xml:lang="${l}"><termSec><term>term ${l} ${i}</term><termNote type="partOfSpeech">noun</termNote><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec><termSec><term>alt ${l} ${i}</term></termSec></langSec>`).join("")}</conceptEntry>`);
const t = `<?xml version="1.0"?><tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>${cs.join("\n")}</body></text></tbx>`;
const bx = Buffer.from(x), bt = Buffer.from(t);
function time(name: string, f: () => unknown) { const r: number[] = []; for (let i = 0; i < 12; i++) { const s = performance.now(); f(); r.push(performance.now() - s); } r.sort((a,b)=>a-b); console.log(name, "median", r[6].toFixed(1), "min", r[0].toFixed(1)); }
time(`xliff ${bx.length}`, () => { const r = parseXliff(bx); if (!r.ok) throw new Error(JSON.stringify(r.problems[0])); });
time(`tbx ${bt.length}`, () => { const r = parseTbx(bt); if (!r.ok) throw new Error(JSON.stringify(r.problems[0])); });
