/** What an original row became here: `kind` names the original table (`user`, `song`...). */
export interface ImportOrigin {
  readonly source: string;
  readonly kind: string;
  readonly originalId: string;
  readonly newId: string;
}

/** Remembers what each import brought in, so that running it again brings in only what is new. */
export interface ImportOriginRepository {
  /** Every origin of the source, keyed `kind:originalId`, the new id as the value. */
  originsOf(source: string): Promise<Map<string, string>>;
  /** Records one; an origin already recorded keeps its first new id. */
  record(origin: ImportOrigin): Promise<void>;
}

export const IMPORT_ORIGIN_REPOSITORY = Symbol('ImportOriginRepository');

/** The key `originsOf` answers by. */
export function originKey(kind: string, originalId: string): string {
  return `${kind}:${originalId}`;
}
