// Types for modules the build provides: the checked flows in each language, whole and as the first screens' part.
declare module 'virtual:flow-bundle/*' {
  const bundle: import('./flow/schema.ts').FlowBundle;
  export default bundle;
}
declare module 'virtual:flow-core/*' {
  const core: import('./flow/split.ts').CoreBundle;
  export default core;
}
declare module 'virtual:situation-lexicon' {
  const catalogue: import('./flow/situationCatalogue.ts').SituationCatalogue;
  export default catalogue;
}
