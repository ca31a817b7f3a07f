import { COMPUTED, fieldFor, getPath, isUnder, itemValue, setPath, splitId, type MapContext, type Part } from './parts';
import { blocksToMarkdown } from './outline';
import { childItems, labelled, unitsToBlocks, type Unit } from './units';
import { stripMarkup } from './values';

/** "... *Owner: Rosa Delgado – Project Sponsor.*" at the end of an item, as plansmith prints a checklist owner. */
const OWNER_NOTE = /\s*\*Owner:\s*(.+?)\.?\*$/;

/** First-column fields whose cells may open with the row's id, as in "**M1:** Completion of Phase 1". */
const NAMED_BY_ID = new Set(['name', 'title', 'risk', 'item']);

/** Runs the rules in order over the units; each unit goes to the first rule that places it. */
export function applyParts(parts: Part[], units: Unit[], data: Record<string, unknown>, context: MapContext, where: string): void {
  for (const part of parts) {
    const mine = units.filter((u) => !u.used && isUnder(u, part.from));
    switch (part.kind) {
      case 'fields':
        for (const unit of mine) placeLabelled(unit, part.fields, data, context, where);
        break;
      case 'table':
        for (const unit of mine) if (unit.kind === 'table' && !unit.used) placeTable(unit, part, data, context, where);
        break;
      case 'list':
        placeList(mine, part, data, context, where);
        break;
      case 'groups':
        placeGroups(mine, part, data, context, where);
        break;
      case 'prose': {
        // Headings down to the one the rule names are the field's own: not repeated in its text.
        const own = mine.map((u) => {
          const at = part.from ? u.under.findIndex((h) => part.from!.some((f) => h.includes(f))) : 0;
          return { ...u, headings: u.headings.slice(Math.max(at, 0)) };
        });
        const text = blocksToMarkdown(unitsToBlocks(own));
        if (!text) break;
        mine.forEach((u) => (u.used = true));
        const before = getPath(data, part.field);
        setPath(data, part.field, typeof before === 'string' && before ? `${before}\n\n${text}` : text, context);
        context.placed(`text of ${where}`, part.field);
        break;
      }
      case 'custom':
        part.run(mine, data, context);
        break;
    }
  }
}

function placeLabelled(unit: Unit, fields: Record<string, string>, data: Record<string, unknown>, context: MapContext, where: string): void {
  if (unit.kind === 'table') return;
  const l = labelled(unit.kind === 'line' ? unit.text : unit.item.text);
  const field = l && fieldFor(l.label, fields);
  if (l && field === COMPUTED) {
    unit.used = true;
    context.note(`"${l.label}: ${l.rest}" is printed by plansmith from other fields: not imported`);
    return;
  }
  if (!l || !field || getPath(data, field) !== undefined) return;
  setPath(data, field, itemValue(l.rest, unit.kind === 'item' ? unit.item : undefined), context);
  unit.used = true;
  context.placed(`${where}: "${l.label}"`, field);
}

function placeTable(unit: Extract<Unit, { kind: 'table' }>, part: Extract<Part, { kind: 'table' }>, data: Record<string, unknown>, context: MapContext, where: string): void {
  const fields = unit.header.map((h) => fieldFor(h, part.columns));
  // The first column says what a row is: a table whose first column this rule does not know is another list's.
  if (!fields[0]) return;
  unit.used = true;
  const records = unit.rows.map((row, r) => {
    const record: Record<string, unknown> = {};
    row.forEach((cell, c) => {
      const field = fields[c];
      if (!field || !cell.trim()) return;
      const { id, rest } = c === 0 && NAMED_BY_ID.has(field) ? splitId(cell) : { rest: cell };
      if (id && record.id === undefined) record.id = id;
      setPath(record, field, rest, context);
    });
    if (part.ids && record.id === undefined) record.id = `${part.ids}${r + 1}`;
    return record;
  });
  setPath(data, part.into, [...((getPath(data, part.into) as unknown[]) ?? []), ...records], context);
  unit.header.forEach((h, c) => context.placed(`${where}: column "${h}"`, fields[c] ? `${part.into}[].${fields[c]}` : ''));
  const lost = unit.header.map((h, c) => (fields[c] ? -1 : c)).filter((c) => c >= 0);
  if (lost.length) context.keep(`${where}: columns ${lost.map((c) => `"${unit.header[c]}"`).join(', ')} have no field; their cells: ${unit.rows.map((r) => lost.map((c) => r[c]).join(' / ')).join('; ')}`);
}

function placeList(units: Unit[], part: Extract<Part, { kind: 'list' }>, data: Record<string, unknown>, context: MapContext, where: string): void {
  const records: Record<string, unknown>[] = (getPath(data, part.into) as Record<string, unknown>[]) ?? [];
  for (const unit of units) {
    // Items, and "**Label:** text" lines, which is how plansmith prints such lists.
    if (unit.kind === 'table' || (unit.kind === 'line' && !labelled(unit.text))) continue;
    const item = unit.kind === 'item' ? unit.item : { text: unit.text, children: [] };
    const l = labelled(item.text);
    const { id, rest } = splitId(item.text);
    const record: Record<string, unknown> = {};
    if (id) record.id = id;
    const name = id ? (labelled(rest)?.label ?? rest) : (l?.label ?? item.text);
    let text = id ? (labelled(rest)?.rest ?? '') : (l?.rest ?? '');
    const owner = part.owner ? OWNER_NOTE.exec(text) : null;
    if (owner && part.owner) {
      record[part.owner] = owner[1];
      text = text.slice(0, owner.index).trim();
    }
    setPath(record, part.name, stripMarkup(name), context);
    if (part.checked && item.checked !== undefined) record[part.checked] = item.checked;
    const extra: string[] = [];
    for (const child of childItems(item)) {
      const cl = labelled(child.text);
      const field = cl && part.children && fieldFor(cl.label, part.children);
      if (field && record[field] === undefined) setPath(record, field, itemValue(cl.rest, child), context);
      else extra.push(child.text);
    }
    if (part.text) setPath(record, part.text, [text, ...extra].filter(Boolean).join('\n'), context);
    else if (text || extra.length) context.keep(`${stripMarkup(name)}: ${[text, ...extra].filter(Boolean).join('; ')}`);
    if (part.ids && record.id === undefined) record.id = `${part.ids}${records.length + 1}`;
    records.push(record);
    unit.used = true;
  }
  if (records.length) {
    setPath(data, part.into, records, context);
    context.placed(`${where}: list items`, part.into);
  }
}

function placeGroups(units: Unit[], part: Extract<Part, { kind: 'groups' }>, data: Record<string, unknown>, context: MapContext, where: string): void {
  const groups = new Map<string, Unit[]>();
  for (const unit of units) {
    const depth = unit.under.findIndex((h) => part.from.some((f) => h.includes(f)));
    const title = unit.headings[depth + 1];
    if (depth < 0 || !title) continue;
    groups.set(title, [...(groups.get(title) ?? []), unit]);
  }
  const records: Record<string, unknown>[] = (data[part.into] as Record<string, unknown>[]) ?? [];
  for (const [title, members] of groups) {
    const plain = stripMarkup(title).replace(/^\d+(?:\.\d+)*\s+/, '');
    const tagged = /^([A-Z]{1,3}-?\d+(?:\.\d+)*):\s*(.+)$/.exec(plain);
    const [id, name] = tagged ? [tagged[1], tagged[2]] : [undefined, plain];
    const known = records.find((r) => (id !== undefined && r.id === id) || r[part.name] === name);
    const record: Record<string, unknown> = known ?? { ...(id ? { id } : {}), [part.name]: name };
    const inner = members.map((u) => {
      const at = u.headings.indexOf(title);
      return { ...u, under: u.under.slice(at), headings: u.headings.slice(at) };
    });
    applyParts(part.parts, inner, record, context, `${where} / ${plain}`);
    inner.forEach((u, i) => (members[i].used = u.used));
    if (!known) records.push(record);
  }
  if (records.length) data[part.into] = records;
}
