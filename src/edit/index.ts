export { edit, safeEdit } from './edit.js';
export type { EditOp, EditResult, NewLine, Part } from './edit.js';
