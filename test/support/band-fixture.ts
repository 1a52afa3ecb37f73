import { ApiClient } from './api-client.js';

/** A signed-in user of the API under test, with their id. */
export type Person = ApiClient & { id: string; username: string };

/** Every fixture person's password, to sign them in a browser too. */
export const PERSON_PASSWORD = 'correct horse';

type Role = 'member' | 'manager' | 'admin';

/** People and bands made through the API itself, as users would make them. */
export class BandFixture {
  private seq = 0;

  constructor(private readonly baseUrl: string) {}

  async person(name = 'user'): Promise<Person> {
    const api = new ApiClient(this.baseUrl);
    const username = `user${++this.seq}`;
    const response = await api.post('/api/auth/register', { username, password: PERSON_PASSWORD, displayName: name });
    if (response.status !== 201) throw new Error(`register ${username}: ${response.status}`);
    return Object.assign(api, { id: response.body.user.id as string, username });
  }

  /** A band founded by `admin`, the others joined by its code and given their role. */
  async band(admin: Person, others: [Person, Role][] = [], name = 'Les Rythmes'): Promise<string> {
    const created = await admin.post('/api/bands', { name });
    const { id, inviteCode } = created.body.band;
    for (const [person, role] of others) {
      await person.post('/api/bands/join', { inviteCode });
      if (role !== 'member') await admin.patch(`/api/bands/${id}/members/${person.id}`, { role });
    }
    return id;
  }
}
