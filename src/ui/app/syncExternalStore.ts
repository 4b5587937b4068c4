// React's own useSyncExternalStore, standing in for the shim @xstate/react imports for React 17 and older.
export { useSyncExternalStore } from 'react';
