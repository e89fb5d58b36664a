// A Vite plugin for the extension build: zod's "can this page eval?" probe answered at build time.
//
// zod v4 compiles object parsers with `new Function` when it can, and finds out by trying
// `new Function("")` once (util.js `allowsEval`). An extension page's CSP (MV3, Chrome and Firefox)
// never allows eval, so the probe can only fail — yet the attempt is reported as a CSP violation,
// and `web-ext lint` flags the bundle (DANGEROUS_EVAL: "The Function constructor is eval").
// `z.config({ jitless: true })` skips the probe at run time but leaves it in the bundle, and must run
// before the first `z.object()` is built. Replacing `allowsEval` by its only possible answer removes
// the probe from the bundle and keeps zod on its interpreted path from the first schema on; the
// compiler itself stays in the bundle, unreachable. If a zod upgrade changes the probe, the build
// fails here instead of the warning silently coming back.
import type { Plugin } from 'vite';

const UTIL = /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/;
const PROBE = /export const allowsEval = \/\* @__PURE__\*\/ cached\(\(\) => \{[\s\S]*?\n\}\);\n/;

export function zodNoEval(): Plugin {
  return {
    name: 'limit-sentinel:zod-no-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!UTIL.test(id)) return null;
      if (!PROBE.test(code))
        this.error(`zod's allowsEval probe not found in ${id}: check scripts/lib/zod-no-eval.ts against this zod version`);
      return {
        code: code.replace(
          PROBE,
          '// Extension CSPs forbid eval (scripts/lib/zod-no-eval.ts).\nexport const allowsEval = { value: false };\n',
        ),
        map: null,
      };
    },
  };
}
