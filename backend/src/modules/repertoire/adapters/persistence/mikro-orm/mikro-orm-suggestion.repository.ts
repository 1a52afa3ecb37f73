import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { SuggestionRepository } from '../../../application/ports/suggestion.repository.js';
import { Suggestion } from '../../../domain/suggestion.js';
import { SuggestionRecord } from './suggestion.schema.js';

@Injectable()
export class MikroOrmSuggestionRepository implements SuggestionRepository {
  constructor(private readonly em: EntityManager) {}

  async findById(id: string): Promise<Suggestion | null> {
    const row = await this.em.findOne(SuggestionRecord, { id }, { disableIdentityMap: true });
    if (!row) return null;
    return Suggestion.restore({
      id: row.id,
      bandId: row.bandId,
      title: row.title,
      artist: row.artist ?? null,
      versionOf: row.versionOf ?? null,
      links: row.links,
      comment: row.comment ?? null,
      createdBy: row.createdBy ?? null,
      createdAt: row.createdAt,
    });
  }

  async save(suggestion: Suggestion): Promise<void> {
    const state = suggestion.snapshot();
    await this.em.upsert(
      SuggestionRecord,
      { ...state, links: [...state.links], searchText: suggestion.details.searchText },
      {
        onConflictFields: ['id'],
        onConflictAction: 'merge',
        onConflictMergeFields: ['title', 'artist', 'versionOf', 'links', 'comment', 'searchText'],
      },
    );
  }

  /** The count comes from the deleted row itself, so no vote can land between reading and deleting. */
  async delete(id: string): Promise<number | null> {
    const [row] = await this.em.execute<{ vote_count: number }[]>(
      'delete from suggestions where id = ? returning vote_count',
      [id],
    );
    return row?.vote_count ?? null;
  }
}
