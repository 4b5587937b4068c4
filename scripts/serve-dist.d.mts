// Types for serve-dist.mjs, which the TypeScript browser tests import.
export interface DistServer {
  url: string;
  setDir(dir: string): void;
  close(): Promise<void>;
}
export function serveDist(dir: string, port?: number): Promise<DistServer>;
