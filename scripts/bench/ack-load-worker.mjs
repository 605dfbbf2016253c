// Worker threads do not inherit tsx's loader: this plain module loads the TypeScript load generator.
import { tsImport } from 'tsx/esm/api';

await tsImport('./ack-load.ts', import.meta.url);
