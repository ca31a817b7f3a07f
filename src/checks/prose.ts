import { lexMarkdown, proseChanges } from '../content/markdown';
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
    // Each change at its own place: the search goes on from the previous one, as the changes come in text order.
    let from = 0;
    for (const { message, raw } of proseChanges(lexMarkdown(value))) {
      let offset = value.indexOf(raw, from);
      if (offset < 0) offset = value.indexOf(raw);
      else from = offset + raw.length;
      findings.push({ origin, path, severity: 'warning', code: 'shown-differently', message, ...(offset >= 0 ? { offset } : {}) });
    }
  }
  return findings;
};
