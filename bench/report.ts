import type { Task, Tool } from './contenders';
import type { Machine } from './machine';
import { median, type RunSample } from './measure';
import { profileMarkdown, type ProfileSummary } from './profile';
import type { WatchResult } from './watch';

/** Every timed run of one contender at one scale, and what it wrote. */
export interface Measurement {
  tool: Tool;
  task: Task;
  scale: number;
  samples: RunSample[];
  outputBytes?: number;
  pdfPages?: number;
}

export interface Row {
  tool: Tool;
  task: Task;
  scale: number;
  runs: number;
  wallS: number;
  peakMiB: number;
  cpuS: number;
  outputBytes?: number;
  pdfPages?: number;
}

export interface Report {
  date: string;
  quick: boolean;
  scales: number[];
  plannedReps: number;
  machine: Machine;
  loadBefore: number[];
  loadAfter: number[];
  durationS: number;
  measurements: Measurement[];
  watch: WatchResult;
  profiles: ProfileSummary[];
}

/** Medians over the runs of each contender. */
export function toRows(measurements: readonly Measurement[]): Row[] {
  return measurements.map((m) => ({
    tool: m.tool,
    task: m.task,
    scale: m.scale,
    runs: m.samples.length,
    wallS: median(m.samples.map((s) => s.wallS)),
    peakMiB: median(m.samples.map((s) => s.peakMiB)),
    cpuS: median(m.samples.map((s) => s.cpuS)),
    outputBytes: m.outputBytes,
    pdfPages: m.pdfPages,
  }));
}

const TASK_LABELS: Record<Tool, Record<Task, string>> = {
  plansmith: { check: 'check', html: 'html', docx: 'docx', pdf: 'pdf', all: 'all three (docx,pdf,html)' },
  pandoc: { check: 'check', html: 'html (standalone, --toc)', docx: 'docx', pdf: 'pdf (wkhtmltopdf)', all: 'all three (docx + html + pdf, one after the other)' },
};

/** N as the tables show it: scale 0 is the example plan in content/. */
export const scaleLabel = (scale: number) => (scale === EXAMPLE_SCALE ? 'example' : String(scale));
export const EXAMPLE_SCALE = 0;

const seconds = (s: number) => (s < 10 ? s.toFixed(2) : s.toFixed(1));
const find = (rows: readonly Row[], tool: Tool, task: Task, scale: number) => rows.find((r) => r.tool === tool && r.task === task && r.scale === scale);

export function resultsTable(rows: readonly Row[], watch: WatchResult): string {
  const watchRow = watch.measured
    ? `| plansmith | example | watch: one-field edit, save → new HTML written | ${seconds(watch.medianMs / 1000)} | – | – | – | – | ${watch.samplesMs.length} |`
    : `| plansmith | example | watch: one-field edit | **not measured**: ${watch.reason} | – | – | – | – | 0 |`;
  return [
    '| Tool | N | Format | Median wall (s) | Peak RSS (MiB) | CPU user+sys (s) | Output bytes | PDF pages | Runs |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|',
    ...[...rows]
      .sort((a, b) => a.scale - b.scale || taskOrder(a.task) - taskOrder(b.task) || a.tool.localeCompare(b.tool))
      .map((r) =>
        `| ${r.tool} | ${scaleLabel(r.scale)} | ${TASK_LABELS[r.tool][r.task]} | ${seconds(r.wallS)} | ${r.peakMiB.toFixed(0)} | ${seconds(r.cpuS)} | ${r.outputBytes?.toLocaleString('en-US') ?? '–'} | ${r.pdfPages ?? '–'} | ${r.runs} |`,
      ),
    watchRow,
  ].join('\n');
}

function taskOrder(task: Task): number {
  return ['check', 'html', 'docx', 'pdf', 'all'].indexOf(task);
}

/** pandoc's wall time over plansmith's: above 1 means plansmith is faster. */
export function ratiosTable(rows: readonly Row[], scales: readonly number[]): string {
  const lines = scales.flatMap((scale) =>
    (['html', 'docx', 'pdf', 'all'] as const).flatMap((task) => {
      const p = find(rows, 'pandoc', task, scale);
      const s = find(rows, 'plansmith', task, scale);
      if (!p || !s) return [];
      const ratio = p.wallS / s.wallS;
      return [`| ${scaleLabel(scale)} | ${task === 'all' ? 'all three' : task} | ${seconds(p.wallS)} | ${seconds(s.wallS)} | ${ratio.toFixed(2)}× | ${ratio >= 1 ? 'plansmith faster' : 'pandoc faster'} |`];
    }),
  );
  return ['| N | Format | pandoc (s) | plansmith (s) | pandoc / plansmith | |', '|---:|---|---:|---:|---:|---|', ...lines].join('\n');
}

export interface TargetRow {
  target: string;
  measured: string;
  verdict: string;
}

/** The targets of issue 11, each met, missed (by how much) or not measured in this run. */
export function evaluateTargets(rows: readonly Row[], watch: WatchResult): TargetRow[] {
  const notMeasured = (why = 'not measured in this run'): Pick<TargetRow, 'measured' | 'verdict'> => ({ measured: '–', verdict: why });
  const under = (value: number | undefined, limit: number, unit: string, digits = 2): Pick<TargetRow, 'measured' | 'verdict'> => {
    if (value === undefined || Number.isNaN(value)) return notMeasured();
    const withUnit = (n: number) => `${n.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
    const measured = withUnit(value);
    if (value < limit) return { measured, verdict: 'met' };
    return { measured, verdict: `**missed** by ${withUnit(value - limit)} (${(value / limit).toFixed(1)}× the limit)` };
  };
  const atLeast = (value: number | undefined, wanted: number): Pick<TargetRow, 'measured' | 'verdict'> => {
    if (value === undefined || Number.isNaN(value)) return notMeasured();
    const measured = `${value.toFixed(2)}×`;
    if (value >= wanted) return { measured, verdict: 'met' };
    return { measured, verdict: `**missed**: ${value.toFixed(2)}× instead of ${wanted}× (plansmith needs to be ${(wanted / value).toFixed(1)}× faster)` };
  };
  /** pandoc's wall time over plansmith's for one task at one scale. */
  const speedup = (task: Task, scale: number) => {
    const p = find(rows, 'pandoc', task, scale);
    const s = find(rows, 'plansmith', task, scale);
    return p && s ? p.wallS / s.wallS : undefined;
  };
  const allAt = (scale: number) => find(rows, 'plansmith', 'all', scale);
  // Linear growth: N=200 takes 4× N=50, within 10 %.
  const growth = allAt(50) && allAt(200) ? allAt(200)!.wallS / allAt(50)!.wallS : undefined;
  const eachFormat = ([10, 50] as const).flatMap((scale) =>
    (['html', 'docx', 'pdf'] as const).map((task) => ({
      target: `${task} alone at N=${scale} at least as fast as pandoc's ${task}`,
      ...atLeast(speedup(task, scale), 1),
    })),
  );
  return [
    { target: "all three formats at least 2× faster than pandoc's three-format path at N=1", ...atLeast(speedup('all', 1), 2) },
    { target: "all three formats at least 3× faster than pandoc's three-format path at N=10", ...atLeast(speedup('all', 10), 3) },
    { target: "all three formats at least 3× faster than pandoc's three-format path at N=50", ...atLeast(speedup('all', 50), 3) },
    ...eachFormat,
    { target: 'peak memory at N=50 under 400 MiB (build, all three formats)', ...under(allAt(50)?.peakMiB, 400, 'MiB', 0) },
    { target: 'peak memory at N=200 under 1,536 MiB (build, all three formats)', ...under(allAt(200)?.peakMiB, 1536, 'MiB', 0) },
    { target: 'linear growth: N=200 / N=50 time under 4.4 (the size ratio 4, within 10 %)', ...under(growth, 4.4, '', 2) },
    { target: '`check` at N=50 under 0.3 s', ...under(find(rows, 'plansmith', 'check', 50)?.wallS, 0.3, 's') },
    {
      target: 'one-field edit of the example seen in the watch HTML under 150 ms',
      ...(watch.measured ? under(watch.medianMs, 150, 'ms', 0) : notMeasured(`not measured: ${watch.reason}`)),
    },
  ];
}

function targetsTable(targets: readonly TargetRow[]): string {
  return ['| Target | Measured (median) | Verdict |', '|---|---:|---|', ...targets.map((t) => `| ${t.target} | ${t.measured} | ${t.verdict} |`)].join('\n');
}

function machineTable(report: Report): string {
  const m = report.machine;
  const load = (l: readonly number[]) => l.map((x) => x.toFixed(2)).join(' / ');
  return [
    '| | |',
    '|---|---|',
    `| Date | ${report.date} |`,
    `| CPU | ${m.cpu}, ${m.cores} cores (nproc) |`,
    `| Memory | ${m.memoryGiB.toFixed(1)} GiB |`,
    `| OS | ${m.os} |`,
    `| Node | ${m.node} |`,
    `| pandoc | ${m.pandoc} |`,
    `| wkhtmltopdf | ${m.wkhtmltopdf} |`,
    `| Load average (1/5/15 min) before / after | ${load(report.loadBefore)} — ${load(report.loadAfter)} |`,
    `| Run | ${report.quick ? 'quick (`--quick`)' : 'full'}: N = ${report.scales.map(scaleLabel).join(', ')}, up to ${report.plannedReps} timed runs per contender, ${(report.durationS / 60).toFixed(1)} min in all |`,
  ].join('\n');
}

function watchLine(watch: WatchResult): string {
  if (!watch.measured) return `**Watch:** not measured: ${watch.reason}.`;
  return (
    `**Watch:** \`plansmith watch\` on a copy of the example plan (\`content/\`); each edit changes one field of \`introduction.yaml\`, ` +
    `timed from the save to the HTML output holding the new text: ${watch.samplesMs.map((ms) => ms.toFixed(0)).join(', ')} ms, median ${watch.medianMs.toFixed(0)} ms.`
  );
}

/** The generated part of BENCHMARKS.md: machine, results, ratios, targets, profiles. */
export function figuresMarkdown(report: Report): string {
  const rows = toRows(report.measurements);
  const parts = [
    '## Machine and run',
    '',
    machineTable(report),
    '',
    '## Results',
    '',
    'Medians over the timed runs. Wall time is the whole process, from spawn to exit; peak RSS is GNU time\'s `%M`',
    '(for pandoc\'s three-format path, the largest of its processes); CPU is user + system time of the process and',
    'its children, so CPU above wall means more than one core was busy.',
    '',
    resultsTable(rows, report.watch),
    '',
    watchLine(report.watch),
    '',
    '## pandoc / plansmith',
    '',
    ratiosTable(rows, report.scales),
    '',
    '## Targets (issue 11)',
    '',
    targetsTable(evaluateTargets(rows, report.watch)),
    '',
  ];
  if (report.profiles.length) {
    parts.push(
      '## Where the time goes: CPU profiles',
      '',
      '`node --cpu-prof` of one whole `plansmith` process each (`tsx bench/profile.ts --scale N --format html,docx,pdf|check`',
      'prints the same tables). Self time is spent in the function itself; inclusive time includes what it calls.',
      '',
      ...report.profiles.map((s) => profileMarkdown(s)),
    );
  }
  return parts.join('\n');
}

export const FIGURES_START = '<!-- bench:figures:start (written by `npm run bench`; edits here are overwritten) -->';
export const FIGURES_END = '<!-- bench:figures:end -->';

/** BENCHMARKS.md with new figures: the text around the markers (hand-written analysis) is kept. */
export function updateBenchmarksDocument(existing: string | undefined, figures: string): string {
  const block = `${FIGURES_START}\n\n${figures.trim()}\n\n${FIGURES_END}`;
  if (existing?.includes(FIGURES_START) && existing.includes(FIGURES_END)) {
    const before = existing.slice(0, existing.indexOf(FIGURES_START));
    const after = existing.slice(existing.indexOf(FIGURES_END) + FIGURES_END.length);
    return `${before}${block}${after}`;
  }
  return `${DEFAULT_HEAD}\n${block}\n`;
}

const DEFAULT_HEAD = `# Benchmarks

plansmith against pandoc on the same plan: the example plan and generated plans at four sizes. Regenerate with \`npm run bench\` (the full run, about
15 minutes on 2 cores) or \`npm run bench -- --quick\` (N = 1 and 10, 3 runs each; written to a scratch file, not here).

- **Plans**: \`bench/generate.ts\` writes a valid plan folder at scale N, deterministically from a seed: N sites,
  10·N contacts, 20·N scheduled tasks with dependencies, 5·N hardware and 5·N software rows, 10·N glossary terms,
  8·N RACI activities, 3·N + 9 work packages, and so on. N=1 is about the size of the example plan.
- **plansmith**: \`node bin/plansmith.js check\` and \`build --format <f>\` for each format alone and all three at once.
- **pandoc**: the Markdown that plansmith's own templates produce for the same plan (\`bench/pandocInput.ts\`), read
  as GFM, with the same outline (headings inside a section demoted under it) and the same Gantt charts as SVG
  files: \`docx\` with \`--toc\`; standalone HTML with \`--toc\`; PDF through \`--pdf-engine=wkhtmltopdf\`; and the three
  one after the other (the "three-format path"). pandoc's HTML links the images where plansmith's embeds them, and
  neither pandoc output has plansmith's title page, running headers or numbered headings.
- **watch**: \`plansmith watch\` on a copy of the example plan; one field edited at a time, timed from the save to
  the HTML output holding the new text (what the preview then shows).
- **Method**: the code is copied to a scratch folder first, so editing the working tree during a run changes
  nothing measured. After a short warm-up (tsx's compile cache, the page cache), each round runs every
  contender once, alternating plansmith and pandoc and starting one further along each time. Round 1 runs at
  every N; further rounds run, smallest N first, while they still fit the time budget (14 minutes by default),
  so the Runs column says how many timed runs each median is taken from.
`;
