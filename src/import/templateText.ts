import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_TEMPLATES } from '../render/builtInTemplates';
import { sectionById, type SectionId } from '../content/sections';
import type { MapContext } from './parts';
import type { Unit } from './units';
import { stripMarkup } from './values';

const sentences = new Map<SectionId, Set<string>>();

/**
 * The lines a section's built-in template prints for every plan ("Issues are escalated one level at a time, in the
 * order below."): paragraphs without a field in them, read once from templates/sections/<file>.hbs.
 */
function templateSentences(id: SectionId): Set<string> {
  let found = sentences.get(id);
  if (!found) {
    const file = sectionById(id)?.file;
    let text = '';
    try {
      text = file ? readFileSync(join(BUILT_IN_TEMPLATES, 'sections', `${file}.hbs`), 'utf8') : '';
    } catch {
      // A section without a template of its own prints no fixed text.
    }
    const lines = text.split('\n').map((line) => line.trim());
    found = new Set(lines.filter((line) => line && !line.includes('{{') && !/^[#|>*-]|^\d+\./.test(line)).map(stripMarkup));
    sentences.set(id, found);
  }
  return found;
}

/** A plansmith document's fixed sentences are the template's, not the plan's: marked placed, so they are not kept. */
export function dropTemplateText(units: Unit[], id: SectionId, context: MapContext): void {
  const fixed = templateSentences(id);
  for (const unit of units) {
    if (unit.kind !== 'line' || unit.used || !fixed.has(stripMarkup(unit.text))) continue;
    unit.used = true;
    context.note(`"${stripMarkup(unit.text)}" is printed by plansmith's template: not imported`);
  }
}
