import type { Random } from './random';
import { ABBREVIATION_PHRASES, ADJECTIVES, COMPLEMENTS, NOUNS, SUBJECTS, VERBS } from './vocabulary';

/** Sentences and paragraphs of plausible plan prose, drawn from the vocabulary with a seeded generator. */
export class Prose {
  constructor(private readonly random: Random) {}

  sentence(): string {
    const r = this.random;
    const object = `${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}`;
    const emphasized = r.chance(0.15) ? `**${object}**` : object;
    const tail = r.chance(0.3) ? r.pick(ABBREVIATION_PHRASES) : r.pick(COMPLEMENTS);
    return `${r.pick(SUBJECTS)} ${r.pick(VERBS)} the ${emphasized} ${tail}.`;
  }

  /** `min` to `max` sentences. */
  paragraph(min = 2, max = 3): string {
    const count = this.random.int(min, max);
    return Array.from({ length: count }, () => this.sentence()).join(' ');
  }

  /** Several paragraphs separated by blank lines, optionally with a bullet list after the first. */
  text(paragraphs: number, withList = false): string {
    const parts = Array.from({ length: paragraphs }, () => this.paragraph(2, 4));
    if (withList) {
      const items = Array.from({ length: this.random.int(3, 5) }, () => `- ${this.sentence()}`);
      parts.splice(1, 0, items.join('\n'));
    }
    return parts.join('\n\n');
  }

  /** A short phrase without a final period, for list items and table cells. */
  phrase(): string {
    const r = this.random;
    return `${r.pick(VERBS).replace(/^./, (c) => c.toUpperCase())} the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} ${r.pick(COMPLEMENTS)}`;
  }
}
