// The layers of ../shared/design/architecture.md, checked on every `npm run lint` (type-only imports
// count too: an arrow in the wrong direction is wrong even when it carries only types).
const pages = '^(components|entrypoints/(popup|options|dashboard)|utils/ui)/';
const contentScripts = '^entrypoints/(content|[a-z-]+\\.content)\\.ts$';

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'No import cycles.', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'utils-below-pages',
      comment: 'utils/ is the domain core: it never imports entrypoints/, components/ or scripts/.',
      severity: 'error',
      from: { path: '^utils/' },
      to: { path: '^(entrypoints|components|scripts)/' },
    },
    {
      name: 'components-below-entrypoints',
      comment: 'Components are placed by entrypoints, never the other way round.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'ui-only-in-pages',
      comment:
        "utils/ui/ is the extension pages' side (their sender, their snapshot reader): background, content scripts and domain code never import it.",
      severity: 'error',
      from: { path: '^(utils|entrypoints)/', pathNot: [pages, '^entrypoints/(popup|options|dashboard)/'] },
      to: { path: '^utils/ui/' },
    },
    {
      name: 'extract-knows-no-adapter',
      comment: 'The extraction tools (utils/extract) serve the adapters; they do not know them.',
      severity: 'error',
      from: { path: '^utils/extract/' },
      to: { path: '^utils/adapters/' },
    },
    {
      name: 'model-is-the-floor',
      comment: 'The model (utils/model) names data; it imports no storage, messaging, UI or dictionaries (only the Lang type).',
      severity: 'error',
      from: { path: '^utils/model/' },
      to: { path: '^utils/(storage|messaging|ui|capture|adapters|extract|notify|picker|report|bills)/|^utils/i18n/(?!lang\\.ts$)' },
    },
    {
      name: 'rules-are-pure',
      comment: 'The rules engine reads a history view and now: no storage, messages, pages or capture.',
      severity: 'error',
      from: { path: '^utils/rules/' },
      to: { path: '^utils/(storage|messaging|ui|capture|adapters|extract|notify|picker)/' },
    },
    {
      name: 'content-scripts-stay-lean',
      comment: 'Content scripts run on every lending page: no zod, no Preact, no storage, no message schemas.',
      severity: 'error',
      from: { path: contentScripts },
      to: { reachable: true, path: '(^node_modules/(zod|preact|idb)/)|(^utils/(storage|messaging/(handlers|protocol-schema))\\.?)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(\\.output|\\.wxt)/' },
  },
};
