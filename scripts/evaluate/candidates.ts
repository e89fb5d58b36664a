// Rules under study that are not (or not yet) registered: `npm run evaluate -- --with <id>` adds them
// to the engine's alerts so their effect can be measured on the same lives before adopting them.
import { combinedSigns } from '../../utils/rules/combined-signs/rule';
import type { Rule } from '../../utils/rules/types';

export const CANDIDATES: Record<string, Rule> = { 'combined-signs': combinedSigns };
