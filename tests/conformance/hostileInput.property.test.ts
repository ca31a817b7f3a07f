import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/content/limits';
import { buildPlan } from '../../src/pipeline/build';
import { checkPlan } from '../../src/pipeline/check';
import { FORMATS } from '../../src/writers';
import { libreOfficePdf } from './readers';

const run = promisify(execFile);
const CONTENT = join(import.meta.dirname, '../../content');
const SENTINEL = 'SENTINEL-OUTSIDE-c41d';

/** Python's expat (a strict XML parser) over every XML part given on stdin; prints the first error. */
const XML_CHECK = `
import sys, xml.parsers.expat
for path in sys.argv[1:]:
    p = xml.parsers.expat.ParserCreate()
    try:
        p.Parse(open(path, 'rb').read(), True)
    except xml.parsers.expat.ExpatError as e:
        print(path, e); sys.exit(1)
`;

/** Python's HTML tokenizer, with a stack of open elements that must close in order and end empty. */
const HTML_CHECK = `
import sys
from html.parser import HTMLParser
VOID = {'area','base','br','col','embed','hr','img','input','link','meta','source','track','wbr'}
class Check(HTMLParser):
    def __init__(self):
        super().__init__(); self.stack = []
    def handle_starttag(self, tag, attrs):
        if tag not in VOID: self.stack.append(tag)
    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag: print('unbalanced', tag, self.getpos()); sys.exit(1)
c = Check(); c.feed(open(sys.argv[1], encoding='utf-8').read()); c.close()
if c.stack: print('unclosed', c.stack); sys.exit(1)
`;

/** Strings a hostile or careless author may put into prose. */
const hostile = fc.oneof(
  fc.constantFrom('\u0000', '\u0001', '\u0007', '\u001b]0;title\u0007', '\u001b[2J', '\uFFFE', '\uFFFF', '\u200F', '\u202E', '\u2066', '\u061C', '\uFEFF', '\u0085'),
  fc.constantFrom('"\\ud800"', '"\\uDC00 x"', '"\\x01"'),
  fc.integer({ min: 10, max: 1000 }).map((depth) => `\n\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- deep`).join('\n')}\n`),
  fc.integer({ min: 10, max: 2000 }).map((depth) => `\n\n${'>'.repeat(depth)} quoted\n`),
  fc.integer({ min: 1000, max: LIMITS.lineChars + 10 }).map((n) => 'W'.repeat(n)),
  fc.constantFrom('![a map](../outside/sentinel.png)', '![x](/etc/passwd)', '![x](..%2F..%2Foutside%2Fsentinel.png)', '![](assets/dco-logo.png)', '![x](assets/link.png)', '![x](file:///etc/passwd)'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Where the string goes: inside a line of running text, in a YAML file or in a Markdown file. */
const target = fc.constantFrom('introduction.yaml', 'system-overview.md', 'glossary.yaml');

/** Tricks with links in the plan folder, each pointing at the sentinel outside. */
const linkTrick = fc.oneof(
  { arbitrary: fc.constantFrom('none', 'inside'), weight: 3 },
  { arbitrary: fc.constantFrom('asset', 'section', 'template', 'theme'), weight: 1 },
);

async function mutatedPlan(work: string, text: string, file: string, trick: string): Promise<string> {
  const plan = join(work, 'plan');
  await rm(plan, { recursive: true, force: true });
  await cp(CONTENT, plan, { recursive: true });
  const path = join(plan, file);
  const original = await readFile(path, 'utf8');
  const anchor = file === 'glossary.yaml' ? 'definition: >-\n      ' : file.endsWith('.md') ? 'The IAP' : 'describes how';
  await writeFile(path, original.replace(anchor, `${anchor}${text} `));
  const sentinel = join(work, 'outside', 'sentinel.png');
  if (trick === 'asset') await symlink(sentinel, join(plan, 'assets', 'link.png'));
  if (trick === 'section') {
    await rm(join(plan, 'known-issues.yaml'));
    await symlink(join(work, 'outside', 'known-issues.yaml'), join(plan, 'known-issues.yaml'));
  }
  if (trick === 'template') {
    await mkdir(join(plan, 'templates', 'sections'), { recursive: true });
    await symlink(join(work, 'outside', 'introduction.hbs'), join(plan, 'templates', 'sections', 'introduction.hbs'));
  }
  if (trick === 'theme') await symlink(join(work, 'outside', 'theme.yaml'), join(plan, 'theme.yaml'));
  if (trick === 'inside') await symlink('dco-logo.png', join(plan, 'assets', 'link.png'));
  return plan;
}

/** Every output opens in a strict reader; none holds the sentinel. */
async function assertOutputsOpen(out: string, work: string): Promise<void> {
  const names = await readdir(out);
  for (const name of names) {
    const path = join(out, name);
    if (name.endsWith('.docx')) {
      const parts = unzipSync(new Uint8Array(await readFile(path)));
      const unpacked = join(work, 'docx');
      await rm(unpacked, { recursive: true, force: true });
      await mkdir(unpacked);
      const xml: string[] = [];
      for (const [part, bytes] of Object.entries(parts)) {
        if (!/\.(xml|rels)$/.test(part)) continue;
        const file = join(unpacked, part.replace(/\//g, '_'));
        await writeFile(file, bytes);
        xml.push(file);
        expect(strFromU8(bytes)).not.toContain(SENTINEL);
      }
      await run('python3', ['-c', XML_CHECK, ...xml]);
      for (const [part, bytes] of Object.entries(parts)) if (part.startsWith('word/media/')) expect(Buffer.from(bytes).includes(SENTINEL)).toBe(false);
    } else if (name.endsWith('.pdf')) {
      await run('qpdf', ['--check', path]);
      const { stdout } = await run('qpdf', ['--qdf', '--object-streams=disable', path, '-'], { maxBuffer: 256 * 1024 * 1024, encoding: 'latin1' });
      expect(stdout).not.toContain(SENTINEL);
    } else if (name.endsWith('.html')) {
      await run('python3', ['-c', HTML_CHECK, path]);
      expect(await readFile(path, 'utf8')).not.toContain(SENTINEL);
    }
  }
}

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'plansmith-hostile-'));
  await mkdir(join(work, 'outside'));
  await writeFile(join(work, 'outside', 'sentinel.png'), SENTINEL);
  await writeFile(join(work, 'outside', 'known-issues.yaml'), `issues:\n  - id: ISS-001\n    title: ${SENTINEL}\n`);
  await writeFile(join(work, 'outside', 'introduction.hbs'), `${SENTINEL}\n`);
  await writeFile(join(work, 'outside', 'theme.yaml'), `${SENTINEL}: [\n`);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('hostile input, property-tested', () => {
  it('check ends with a verdict; a plan that checks builds, every output opens, nothing from outside leaks', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, target, linkTrick, async (text, file, trick) => {
        const plan = await mutatedPlan(work, text, file, trick);
        const check = await checkPlan(plan);
        expect(JSON.stringify(check.diagnostics)).not.toContain(SENTINEL);
        if (trick !== 'none' && trick !== 'inside') expect(check.ok).toBe(false);
        if (!check.ok) return;
        const out = join(work, 'out');
        await rm(out, { recursive: true, force: true });
        const build = await buildPlan(plan, { formats: FORMATS, outDir: out });
        expect(build.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(build.ok).toBe(true);
        await assertOutputsOpen(out, work);
      }),
      // Builds are slow on two cores: a few runs each time (PLANSMITH_HOSTILE_RUNS for more), new ones with each seed.
      { numRuns: Number(process.env.PLANSMITH_HOSTILE_RUNS ?? 6), endOnFailure: true },
    );
  }, 900_000);
});

describe('characters XML cannot hold', () => {
  it('leave a DOCX that LibreOffice opens, with the text around them', async () => {
    const plan = await mutatedPlan(work, '\uFFFE\uFFFF\u0001\u001b[2J', 'introduction.yaml', 'none');
    const out = join(work, 'lo');
    const build = await buildPlan(plan, { formats: ['docx'], outDir: out });
    expect(build.ok).toBe(true);
    const pdf = await libreOfficePdf(join(out, 'implementation-management-plan.docx'), out);
    const { stdout } = await run('pdftotext', [pdf, '-']);
    // The escape character is left out; the printable rest of the sequence stays as text.
    expect(stdout.replace(/\s+/g, ' ').includes('describes how[2J the Department')).toBe(true);
  }, 300_000);
});
