import type { MapContext } from './parts';
import { referenceId, setPath, splitId } from './parts';
import type { ListItem } from './outline';
import { childItems, labelled, type Unit } from './units';
import { CURRENCY_SYMBOLS, lookup, parseMoney, stripMarkup, weekNumber, weekDate } from './values';

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
  data.roles = table.rows.map((row) => ({
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
    phase.start = weekDate(a, context, 'start');
    phase.finish = weekDate(b, context, 'finish');
    context.note(`${String(phase.id)} "${l.rest.trim()}": week ${a} starts ${phase.start}, week ${b} ends ${phase.finish}`);
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
    context.note(`${id} "${l.label}: ${l.rest}" is computed by plansmith from the durations: not imported`);
    return true;
  }
  if (!l || !field) {
    context.keep(`${id}: ${item.text}`);
    return true;
  }
  const nested = childItems(item).map((c) => c.text);
  if (field === 'dependsOn') {
    const ids = [l.rest, ...nested].flatMap((t) => t.split(/,|;|\band\b/)).map((t) => referenceId(t) ?? LEADING_ID.exec(stripMarkup(t))?.[1]).filter((x): x is string => Boolean(x));
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

/** System organization: a "<Layer> Functions" table gives the layers; hardware and software tables follow. */
export function layersFromTables(units: Unit[], data: Data, context: MapContext): void {
  const layers: Data[] = [];
  let current: Data | undefined;
  for (const unit of units) {
    if (unit.kind === 'line') {
      const named = layers.find((l) => stripMarkup(unit.text).toLowerCase().startsWith(String(l.name).toLowerCase()));
      if (named) current = named;
      continue;
    }
    if (unit.kind !== 'table') continue;
    const header = unit.header.map((h) => stripMarkup(h).toLowerCase());
    if (header.every((h) => h.endsWith('functions'))) {
      unit.header.forEach((h, i) => layers.push({ name: stripMarkup(h).replace(/\s*functions$/i, ''), functions: unit.rows.map((r) => r[i]).join('\n') }));
      unit.used = true;
    } else if (header.some((h) => h.includes('manufacturer')) || header.some((h) => h.includes('publisher'))) {
      const layer = current ?? layers[0] ?? (layers.push({}), layers[0]);
      const hardware = header.some((h) => h.includes('manufacturer'));
      const columns: Record<string, string> = hardware
        ? { 'hardware manufacturer': 'manufacturer', manufacturer: 'manufacturer', type: 'type', model: 'model', configuration: 'configuration' }
        : { 'software publisher': 'publisher', publisher: 'publisher', 'software title': 'title', title: 'title', model: 'function', function: 'function', version: 'version' };
      const rows = unit.rows.map((row) => Object.fromEntries(header.flatMap((h, i) => (columns[h] && row[i]?.trim() ? [[columns[h], row[i]]] : []))));
      layer[hardware ? 'hardware' : 'software'] = [...((layer[hardware ? 'hardware' : 'software'] as Data[]) ?? []), ...rows];
      unit.used = true;
    }
  }
  if (layers.length) {
    data.layers = layers;
    context.placed('"<Layer> Functions" table and hardware/software tables', 'layers[] (name, functions, hardware, software)');
  }
}
