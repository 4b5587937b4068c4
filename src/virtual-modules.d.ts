// Types for modules the build provides.
declare module 'virtual:flow-bundle' {
  import type { FlowBundle } from './flow/schema.ts';
  const bundle: FlowBundle;
  export default bundle;
}
