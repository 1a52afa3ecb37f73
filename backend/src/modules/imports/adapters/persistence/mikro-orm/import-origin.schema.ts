import { defineEntity, p } from '@mikro-orm/core';

/**
 * The `import_origin` table: what each row of an imported database became here, so an import run
 * again brings in only what is new (ADR 0049). `new_id` is text: a membership or a vote has no id.
 */
export const ImportOriginRecord = defineEntity({
  name: 'ImportOriginRecord',
  tableName: 'import_origin',
  properties: {
    source: p.string().length(64).primary(),
    kind: p.string().length(32).primary(),
    originalId: p.string().length(64).primary(),
    newId: p.text(),
  },
  primaryKeys: ['source', 'kind', 'originalId'],
});
