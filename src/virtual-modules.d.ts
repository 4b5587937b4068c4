// Types for modules the build provides.
declare module 'virtual:flow-bundle' {
  const bundle: import('./flow/schema.ts').FlowBundle;
  export default bundle;
}
