/**
 * The dependency rule of src/ (docs/architecture.md): a folder may import only from folders in layers below it (or
 * from its own layer's folder). Lowest first; folders on one line are peers and must not import each other.
 * `npm run lint:deps` fails on any import against this order and on any cycle.
 */
const LAYERS = [
  ['util'],
  ['i18n'],
  ['contract'],
  ['rules', 'form'],
  ['read'],
  ['config'],
  ['validate'],
  ['aggregate', 'feedback'],
  ['render'],
  ['init'],
  ['app'],
  ['cli'],
];

const layerOf = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i])));
const alt = (folders) => `^src/(${folders.join('|')})/`;

const forbidden = [
  {
    name: 'no-circular',
    severity: 'error',
    comment: 'Modules must not import each other in a cycle, not even through type-only imports.',
    from: {},
    to: { circular: true },
  },
  {
    name: 'no-unknown-folder',
    severity: 'error',
    comment: 'Every folder of src/ has a place in the layers of .dependency-cruiser.cjs and docs/architecture.md.',
    from: { path: '^src/', pathNot: `${alt([...layerOf.keys()])}` },
    to: {},
  },
];
for (const [folder, layer] of layerOf) {
  const above = [...layerOf].filter(([f, l]) => l > layer || (l === layer && f !== folder)).map(([f]) => f);
  if (above.length === 0) continue;
  forbidden.push({
    name: `layer-${folder}`,
    severity: 'error',
    comment: `src/${folder} may import only from the layers below it (docs/architecture.md).`,
    from: { path: `^src/${folder}/` },
    to: { path: alt(above) },
  });
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
