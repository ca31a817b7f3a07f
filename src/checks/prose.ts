import { markdownToBlocks } from '../render/markdown/blocks';
import { proseValues } from '../content/fieldKinds';
import { markdownLimit } from './markdownLimits';
import type { CrossCheck, Finding } from './finding';

/** Only these can make prose render other than as written: raw HTML and autolinks (`<`), links (`[`). */
const MAY_CHANGE = /[<[]/;

/**
 * Prose that the documents will show differently from how it is written: raw HTML shown as text, a link to
 * anything but http(s), mailto or an anchor removed. The writers stay safe either way; this says so at check time,
 * at the place in the file, so `check --strict` fails where a strict build would. (`checkPlan` checks the images.)
 */
export const proseShownAsWritten: CrossCheck = (plan) => {
  const findings: Finding[] = [];
  for (const { origin, path, value } of proseValues(plan)) {
    // Prose past a limit is reported by `markdownWithinLimits`, and not parsed.
    if (!MAY_CHANGE.test(value) || markdownLimit(value)) continue;
    const { problems } = markdownToBlocks(value, { resolveImage: (src, alt) => ({ type: 'image', src, alt, data: new Uint8Array(), mime: 'image/png', width: 1, height: 1 }) });
    for (const { severity, message, raw } of problems) {
      const offset = raw === undefined ? -1 : value.indexOf(raw);
      findings.push({ origin, path, severity, code: 'shown-differently', message, ...(offset >= 0 ? { offset } : {}) });
    }
  }
  return findings;
};
