import { ImportOriginRecord } from './import-origin.schema.js';

export const importsEntities = [ImportOriginRecord];
