import type { MapContext } from './parts';
import { referenceId, setPath, splitId } from './parts';
import type { ListItem } from './outline';
import { blocksToMarkdown } from './outline';
import { normalizeTitle } from './sectionTitles';
import { childItems, labelled, unitsToBlocks, type Unit } from './units';
import { CURRENCY_SYMBOLS, lookup, parseDate, parseMoney, stripMarkup, weekNumber, weekDate } from './values';

/** Readers for shapes a table of rules cannot describe: phase columns, the WBS, the RACI grid, layers. */

type Table = Extract<Unit, { kind: 'table' }>;
type Data = Record<string, unknown>;

/** "Phase 1", or "P1: Preparation and Setup" as plansmith's documents head the columns. */
const PHASE_COLUMN = /^(?:phase\s+|p)(\d+)(?::.*)?$/i;

/** The columns of a table that are phases ("Phase 1" -> P1), with the index of a "Total" column. */
function phaseColumns(table: Table): { phases: { index: number; id: string }[]; total: number } {
  const phases = table.header.flatMap((h, index) => {
    const m = PHASE_COLUMN.exec(stripMarkup(h));
    return m ? [{ index, id: `P${m[1]}` }] : [];
  });
  return { phases, total: table.header.findIndex((h) => /^total/i.test(stripMarkup(h))) };
}

function firstPhaseTable(units: Unit[]): Table | undefined {
  return units.find((u): u is Table => u.kind === 'table' && !u.used && phaseColumns(u).phases.length > 0);
}

/** Staffing by phase: one row per role, FTE per phase column, the total column as totalFte. */
export function staffingTable(units: Unit[], data: Data, context: MapContext): void {
  const table = firstPhaseTable(units);
  if (!table) return;
  table.used = true;
  const { phases, total } = phaseColumns(table);
  data.phases = phases.map((p) => p.id);
  // The Total row is plansmith's sum of the roles: printed again from them.
  data.roles = table.rows.filter((row) => !/^total$/i.test(stripMarkup(row[0]))).map((row) => ({
    role: row[0],
    fte: Object.fromEntries(phases.map((p) => [p.id, row[p.index]])),
    ...(total >= 0 && row[total]?.trim() ? { totalFte: row[total] } : {}),
  }));
  context.placed(`table "${table.header.join(' | ')}"`, 'phases, roles[].fte, roles[].totalFte');
}

/** Budget by phase: category rows, amounts per phase column, row totals, and a Total row. */
export function budgetTable(units: Unit[], data: Data, context: MapContext): void {
  const table = firstPhaseTable(units);
  if (!table) return;
  table.used = true;
  const { phases, total } = phaseColumns(table);
  const amount = (cell: string | undefined) => parseMoney(cell ?? '')?.amount ?? cell;
  const currency = table.rows.flat().map((c) => parseMoney(c)?.currency).find(Boolean);
  if (currency) data.currency = currency;
  data.phases = phases.map((p) => p.id);
  const categories: Data[] = [];
  for (const row of table.rows) {
    const perPhase = Object.fromEntries(phases.map((p) => [p.id, amount(row[p.index])]));
    if (/^total$/i.test(stripMarkup(row[0]))) {
      data.phaseTotals = perPhase;
      if (total >= 0) data.grandTotal = amount(row[total]);
      continue;
    }
    categories.push({ category: stripMarkup(row[0]), amounts: perPhase, ...(total >= 0 && row[total]?.trim() ? { total: amount(row[total]) } : {}) });
  }
  data.categories = categories;
  context.placed(`table "${table.header.join(' | ')}"`, `categories, phaseTotals, grandTotal${currency ? `, currency ${currency} (from ${Object.keys(CURRENCY_SYMBOLS).find((s) => CURRENCY_SYMBOLS[s] === currency) ?? currency})` : ''}`);
}

/** RACI grid: first column the activity, every other column a role with R, A, C, I or A/R. */
export function raciTable(units: Unit[], data: Data, context: MapContext): void {
  const table = units.find((u): u is Table => u.kind === 'table' && !u.used && u.rows.some((r) => r.slice(1).some((c) => /^[RACI](?:\/[RACI])?$/.test(stripMarkup(c)))));
  if (!table) return;
  table.used = true;
  const roles = table.header.slice(1).map(stripMarkup);
  data.roles = roles;
  data.activities = table.rows.map((row) => ({
    activity: stripMarkup(row[0]),
    assignments: Object.fromEntries(roles.flatMap((role, i) => (stripMarkup(row[i + 1] ?? '') ? [[role, stripMarkup(row[i + 1]).toUpperCase()]] : []))),
  }));
  context.placed(`table "${table.header.join(' | ')}"`, 'roles, activities[].assignments');
}

/** "Phase 1: Preparation", "P1: Preparation", "7.2.1 P1: Preparation". */
const PHASE_HEADING = /^(?:\d+(?:\.\d+)*\s+)?(?:phase\s+|p)(\d+)\s*[:–—-]\s*(.+)$/i;

/** The work breakdown: one "Phase N: Name" heading per phase, its Duration/Objectives lines and work packages. */
export function phasesFromWbs(units: Unit[], data: Data, context: MapContext): void {
  const phases: Data[] = [];
  let opened: Data | undefined;
  for (const unit of units) {
    const heading = [...unit.headings].reverse().map(stripMarkup).find((h) => PHASE_HEADING.test(h));
    if (!heading) continue;
    const [, n, name] = PHASE_HEADING.exec(heading)!;
    let phase = phases.find((p) => p.id === `P${n}`);
    if (!phase) phases.push((phase = { id: `P${n}`, name: name.trim(), workPackages: [] }));
    if (unit.kind === 'line') {
      // A bold "WP1.1: Name" line opens a work package whose fields are the list items that follow it.
      const { id, rest } = splitId(stripMarkup(unit.text).includes(':') ? `**${stripMarkup(unit.text).replace(/:\s*/, '**: ')}` : unit.text);
      if (id && /^WP/i.test(id)) {
        unit.used = workPackage({ ...unit, kind: 'item', item: { text: `**${id}**: ${rest}`, children: [] }, ordered: false }, phase, context);
        opened = (phase.workPackages as Data[]).at(-1);
      } else unit.used = phaseLine(unit.text, phase, context);
    } else if (unit.kind === 'item' && opened && labelled(unit.item.text)) {
      unit.used = workPackageField(opened, unit.item, context);
    } else if (unit.kind === 'item') unit.used = workPackage(unit, phase, context);
  }
  if (phases.length) {
    data.phases = phases;
    context.placed('"Phase N: Name" headings', 'phases[] (id PN, name), Duration -> start/finish, Objectives, work packages');
  }
}

function phaseLine(text: string, phase: Data, context: MapContext): boolean {
  const l = labelled(text);
  if (!l) return false;
  const label = l.label.toLowerCase();
  if (label === 'work packages' && !l.rest) return true;
  if (label === 'objectives' || label === 'objective') return (phase.objectives = l.rest), true;
  if (!['duration', 'dates', 'timeline', 'period'].includes(label)) return false;
  const [from, to] = l.rest.split(/\s+(?:-|–|to|through)\s+/i);
  const [a, b] = [weekNumber(from ?? ''), weekNumber(to ?? from ?? '')];
  if (a !== undefined && b !== undefined) {
    // Kept as written: the plan counts weeks from calendar.start; the note gives the dates they stand for.
    [phase.start, phase.finish] = [`Week ${a}`, `Week ${b}`];
    context.note(`${String(phase.id)} "${l.rest.trim()}": from Week ${a} (${weekDate(a, context, 'start')}) to Week ${b} (${weekDate(b, context, 'finish')}), kept as weeks of the plan`);
  } else {
    phase.start = from;
    phase.finish = to ?? from;
  }
  return true;
}

const WP_FIELDS: Record<string, string> = { activities: 'activities', activity: 'activities', deliverables: 'deliverables', deliverable: 'deliverables', duration: 'duration', dependencies: 'dependsOn', 'depends on': 'dependsOn' };

function workPackage(unit: Extract<Unit, { kind: 'item' }>, phase: Data, context: MapContext): boolean {
  const { id, rest } = splitId(unit.item.text);
  if (!id) return false;
  const wp: Data = { id, name: stripMarkup(rest) };
  const written = labelled(unit.item.text)?.label;
  if (written && written !== id) context.note(`"${written}" -> id ${id}`);
  for (const child of childItems(unit.item)) workPackageField(wp, child, context);
  (phase.workPackages as Data[]).push(wp);
  return true;
}

/**
 * Keys of what the document shows but the content does not hold (computed dates, working days): read by
 * finish.ts to recover the calendar, dropped by conform as no field of the schema.
 */
export const SCHEDULED = 'scheduled (computed)';
export const WORKING_DAYS = 'working days (computed)';

/** The phases table plansmith prints: printed again from the phases, and read for the working days it shows. */
export function phaseWindows(units: Unit[], data: Data, context: MapContext): void {
  for (const unit of units) {
    if (unit.kind !== 'table' || unit.used) continue;
    const header = unit.header.map((h) => normalizeTitle(h));
    const days = header.indexOf('working days');
    if (header[0] !== 'phase' || days < 0) continue;
    unit.used = true;
    data[WORKING_DAYS] = Object.fromEntries(unit.rows.map((row) => [stripMarkup(row[0]).split(/\s+/)[0], Number(row[days])]));
    context.note('the phases table is printed from the phases: its working days are read to find the holidays');
  }
}

/** Lines plansmith's documents print from computed schedules, which a rebuild prints again. */
const COMPUTED_LABELS = new Set(['scheduled', 'float', 'computed']);

/** "WP1.1 Initial analysis and planning": the id a reference starts with. */
const LEADING_ID = /^(WP\d+(?:\.\d+)*|P\d+)\b/;

/** One "**Label**: value" line of a work package; a label without a field is kept as text. */
function workPackageField(wp: Data, item: ListItem, context: MapContext): boolean {
  const l = labelled(item.text);
  const field = l && lookup(WP_FIELDS, l.label.toLowerCase());
  const id = String(wp.id);
  if (l && COMPUTED_LABELS.has(l.label.toLowerCase())) {
    // Not imported, but the dates tell which weekdays the schedule skipped: the holidays (finish.ts).
    const [start, finish] = l.rest.split(/\s+to\s+|,\s*(?=on the|float)/);
    if (finish) wp[SCHEDULED] = { start: parseDate(start, context), finish: parseDate(finish, context) };
    context.note(`${id} "${l.label}: ${l.rest}" is computed by plansmith from the durations: not imported`);
    return true;
  }
  if (!l || !field) {
    context.keep(`${id}: ${item.text}`);
    return true;
  }
  const nested = childItems(item).map((c) => c.text);
  if (field === 'dependsOn') {
    // "all work packages of P3: Integration and Testing" is how plansmith prints a dependency on a phase.
    const ids = [l.rest, ...nested]
      .flatMap((t) => t.split(/,|;|\band\b/))
      .map((t) => stripMarkup(t).replace(/^\s*all work packages of\s+/i, ''))
      .map((t) => referenceId(t) ?? LEADING_ID.exec(t)?.[1])
      .filter((x): x is string => Boolean(x));
    if (ids.length) wp.dependsOn = ids;
    else if (!/^none\.?$/i.test(l.rest)) context.keep(`${id} depends on: ${l.rest} (not a work package or phase: kept as text)`);
  } else setPath(wp, field, field === 'duration' ? l.rest : nested.length ? nested : [l.rest.replace(/\.$/, '')], context);
  return true;
}

/** "**Gate 1**: End of Phase 1 review criteria - all planning documents completed." -> G1 with its criteria. */
export function phaseGates(units: Unit[], data: Data, context: MapContext): void {
  const gates: Data[] = [];
  for (const unit of units) {
    if (unit.kind !== 'item' || unit.used || !unit.under.some((h) => h.includes('gate'))) continue;
    const { id, rest } = splitId(unit.item.text);
    const [name, criteria] = rest.split(/\s+criteria\s*[-–:]\s+|\s+[-–]\s+/i);
    gates.push({ id: id ?? `G${gates.length + 1}`, name: stripMarkup(name).replace(/\s+criteria$/i, ''), criteria: [criteria ?? name].map((c) => c.replace(/\.$/, '')) });
    unit.used = true;
  }
  if (gates.length) {
    data.phaseGates = gates;
    context.placed('Phase gate items', 'phaseGates[] (id, name, criteria)');
  }
}

/** The columns of a layer's hardware, cloud services and software tables, by header. */
const LAYER_TABLES: { field: string; when: string; columns: Record<string, string> }[] = [
  { field: 'hardware', when: 'manufacturer', columns: { 'hardware manufacturer': 'manufacturer', manufacturer: 'manufacturer', type: 'type', model: 'model', configuration: 'configuration' } },
  { field: 'cloudServices', when: 'cloud provider', columns: { 'cloud provider': 'provider', provider: 'provider', 'service type': 'serviceType', description: 'description' } },
  { field: 'software', when: 'publisher', columns: { 'software publisher': 'publisher', publisher: 'publisher', 'software title': 'title', title: 'title', model: 'function', function: 'function', version: 'version' } },
];

/** "Platform as a Service (PaaS)" -> PaaS. */
const SERVICE_TYPE = /\((IaaS|PaaS|SaaS)\)\s*$/;

/** A picture line as the readers write it: ![alt](src "caption"). */
const PICTURE = /^!\[([^\]]*)\]\((\S+?)(?:\s+"([^"]*)")?\)$/;

/**
 * System organization: diagrams (pictures) first, a "<Layer> Functions" table giving the layers, then under each
 * layer's heading (or a bold "<Layer> Hardware" line) its description and its hardware, cloud services and software tables.
 */
export function layersFromTables(units: Unit[], data: Data, context: MapContext): void {
  const layers: Data[] = [];
  let current: Data | undefined;
  const named = (text: string) => layers.find((l) => stripMarkup(text).toLowerCase().replace(/^\d+(?:\.\d+)*\s+/, '').startsWith(String(l.name).toLowerCase()));
  for (const unit of units) {
    const sub = unit.headings[1];
    if (sub && named(sub)) current = named(sub);
    if (unit.kind === 'line') {
      const picture = PICTURE.exec(unit.text);
      if (picture && !layers.length) {
        data.diagrams = [...((data.diagrams as Data[]) ?? []), { src: picture[2], alt: picture[1], ...(picture[3] ? { caption: picture[3] } : {}) }];
        unit.used = true;
      } else if (/^\*\*[^*]+\*\*$/.test(unit.text.trim()) && named(unit.text)) {
        current = named(unit.text);
        unit.used = true;
      } else if (current && sub) {
        current.description = [current.description, unit.text].filter(Boolean).join('\n\n');
        unit.used = true;
      }
      continue;
    }
    if (unit.kind !== 'table') continue;
    const header = unit.header.map((h) => stripMarkup(h).toLowerCase());
    const kind = LAYER_TABLES.find((t) => header.some((h) => h.includes(t.when)));
    if (header.every((h) => h.endsWith('functions'))) {
      unit.header.forEach((h, i) => layers.push({ name: stripMarkup(h).replace(/\s*functions$/i, ''), functions: unit.rows.map((r) => r[i]).join('\n') }));
      unit.used = true;
    } else if (kind) {
      const layer = current ?? layers[0] ?? (layers.push({}), layers[0]);
      const rows = unit.rows.map((row) => Object.fromEntries(header.flatMap((h, i) => (kind.columns[h] && row[i]?.trim() ? [[kind.columns[h], row[i]]] : []))));
      for (const row of rows) if (typeof row.serviceType === 'string') row.serviceType = SERVICE_TYPE.exec(row.serviceType)?.[1] ?? row.serviceType;
      layer[kind.field] = [...((layer[kind.field] as Data[]) ?? []), ...rows];
      unit.used = true;
    }
  }
  if (layers.length) {
    data.layers = layers;
    context.placed('pictures, "<Layer> Functions" table, layer headings and their hardware, cloud services and software tables', 'diagrams[], layers[] (name, functions, description, hardware, cloudServices, software)');
  }
}

/** "Sacramento Headquarters (SAC-HQ)": a site's name and id, as plansmith heads each site. */
const SITE_HEADING = /^(?:\d+(?:\.\d+)*\s+)?(.+?)\s*\(([A-Za-z0-9][\w.-]*)\)$/;

/** The bold run-in labels under which a site's visits, preparation and readiness follow. */
const SITE_BLOCKS: Record<string, string> = { 'preliminary site visits': 'visits', 'site preparation specification': 'preparation', 'site readiness verification': 'readiness' };

/**
 * Implementation requirements by site, one sub-heading per site: "Address:", "Contact point:" and "Go-live date:"
 * lines, then a visits table, the preparation and the readiness under their bold labels.
 */
export function sitesFromHeadings(units: Unit[], data: Data, context: MapContext): void {
  const sites: Data[] = [];
  let site: Data | undefined;
  let heading = '';
  let block = '';
  const bodies = new Map<Data, Record<string, Unit[]>>();
  for (const unit of units) {
    const title = unit.headings[1];
    const named = title && SITE_HEADING.exec(stripMarkup(title));
    if (!named || unit.used) continue;
    if (title !== heading) {
      heading = title;
      block = '';
      sites.push((site = { id: named[2], name: named[1] }));
      bodies.set(site, {});
      context.placed(`heading "${stripMarkup(title)}"`, `sites[] (id ${named[2]})`);
    }
    const text = unit.kind === 'line' ? unit.text : unit.kind === 'item' ? unit.item.text : '';
    const bare = /^\*\*([^*]+)\*\*$/.exec(text.trim());
    const opens = bare && lookup(SITE_BLOCKS, normalizeTitle(bare[1]));
    const l = unit.kind === 'line' ? labelled(unit.text) : undefined;
    unit.used = true;
    if (opens) block = opens;
    else if (block) (bodies.get(site!)![block] ??= []).push(unit);
    else if (l && !siteLine(site!, l.label, l.rest)) context.keep(`${String(site!.id)}: ${unit.kind === 'line' ? unit.text : ''}`);
  }
  for (const [record, body] of bodies) {
    const visits = body.visits?.find((u): u is Table => u.kind === 'table');
    if (visits) record.visits = visits.rows.map((row) => ({ date: row[0], purpose: row[1] }));
    for (const field of ['preparation', 'readiness']) if (body[field]) record[field] = proseOrList(body[field]);
  }
  if (sites.length) data.sites = [...((data.sites as Data[]) ?? []), ...sites];
}

function siteLine(site: Data, label: string, rest: string): boolean {
  switch (normalizeTitle(label)) {
    case 'address':
      return (site.address = rest), true;
    case 'contact point': {
      // "Ana Núñez – Project Manager, 916-555-0103": the person (plansmith adds the role), then the phone.
      const at = rest.lastIndexOf(',');
      const person = (at < 0 ? rest : rest.slice(0, at)).split(/\s+[–—]\s+/)[0].trim();
      site.contact = { person, ...(at < 0 ? {} : { phone: rest.slice(at + 1).trim() }) };
      return true;
    }
    case 'go live date':
    case 'go live': {
      const m = /^(.*?)(?:,?\s*at the end of task\s+(\S+?))?\.?$/i.exec(rest)!;
      if (m[1] && !/^at the end/i.test(m[1])) site.goLive = m[1];
      if (m[2]) site.goLiveTask = m[2];
      return true;
    }
    default:
      return false;
  }
}

/** A list (when every unit is a plain item) or Markdown prose. */
function proseOrList(units: Unit[]): string | string[] {
  const items = units.filter((u): u is Extract<Unit, { kind: 'item' }> => u.kind === 'item');
  if (items.length === units.length && items.every((u) => !/[*_`[]/.test(u.item.text) && !u.item.children.length)) return items.map((u) => u.item.text);
  return blocksToMarkdown(unitsToBlocks(units.map((u) => ({ ...u, headings: [] }))));
}

/** A line set wholly in bold capitals, as a security marking ("INTERNAL USE ONLY") is. */
function isMarking(line: string): boolean {
  const bold = /^\*\*([^*]+)\*\*$/.exec(line.trim());
  return bold !== null && /\p{L}/u.test(bold[1]) && bold[1] === bold[1].toUpperCase();
}

/**
 * A title page as plansmith and the CA-PMF template lay it out: the classification in bold capitals (above the logo,
 * or in bold under the date as earlier versions set it), the logo, a subtitle ("<System> Release <version>"), the
 * department, division and project lines, "Version N" and its date (the version history's), then "Prepared by". The
 * table of contents after it is generated: not imported.
 */
export function titlePage(units: Unit[], data: Data, context: MapContext): void {
  const candidates: Extract<Unit, { kind: 'line' }>[] = [];
  let inContents = false;
  let afterVersion = 0;
  for (const unit of units) {
    if (unit.kind !== 'line' || unit.used) continue;
    const text = stripMarkup(unit.text);
    const picture = PICTURE.exec(unit.text);
    if (/^table of contents$/i.test(text)) inContents = true;
    else if (inContents && !/\t\d+$|\s\.{3,}\s*\d+$/.test(unit.text)) inContents = false;
    if (inContents || /^(approvals|version history)$/i.test(text)) {
      unit.used = true;
    } else if (!data.classification && !data.logo && !candidates.length && !afterVersion && isMarking(unit.text)) {
      // plansmith sets the classification first, above the logo, in bold capitals.
      data.classification = text;
      unit.used = true;
    } else if (picture && !data.logo && !candidates.length) {
      data.logo = { src: picture[2], alt: picture[1] };
      unit.used = true;
    } else if (/^version\s+\S+$/i.test(text)) {
      afterVersion = 1;
      unit.used = true;
    } else if (afterVersion === 1 && parseDate(text, context)) {
      // The date under "Version N" is the version history's.
      afterVersion = 2;
      unit.used = true;
    } else if (afterVersion && /^\*\*[^*]+\*\*$/.test(unit.text.trim()) && !data.classification) {
      data.classification = text;
      unit.used = true;
    } else if (!afterVersion && !labelled(unit.text) && text.length <= 100 && !/[.:;]$/.test(text)) {
      candidates.push(unit);
    } else if (!afterVersion) {
      candidates.length = 0;
    }
  }
  // The short lines right above "Version N" are the title page's; without that line nothing says they are.
  const lines = afterVersion ? candidates.slice(-4) : [];
  lines.forEach((u) => (u.used = true));
  const [subtitle, ...rest] = lines.map((u) => stripMarkup(u.text));
  if (subtitle) {
    const release = /^(.+?)\s+(?:release|version|v\.?)\s*(\S+)$/i.exec(subtitle);
    data.system = release ? { name: release[1], version: release[2] } : { name: subtitle };
  }
  const fields = rest.length >= 3 ? ['department', 'division', 'project'] : ['department', 'project'];
  rest.forEach((line, i) => (data[fields[i]] = line));
  if (lines.length) context.note(`the title page's lines are read as the system and its release ("${subtitle}": give the system's full name if the subtitle shortens it), ${fields.slice(0, rest.length).join(', ')}`);
}
