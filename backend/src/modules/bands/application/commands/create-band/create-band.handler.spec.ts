import { describe, expect, it } from '@jest/globals';
import { RecordingEventBus } from '../../../../../shared/testing/recording-event-bus.js';
import { BandFormed } from '../../../domain/bands.events.js';
import { bandsTestKit } from '../../../testing/bands-test-kit.js';
import { GetBandHandler } from '../../queries/get-band/get-band.handler.js';
import { GetBandQuery } from '../../queries/get-band/get-band.query.js';
import { CreateBandCommand } from './create-band.command.js';
import { CreateBandHandler } from './create-band.handler.js';

describe('CreateBandHandler and JoinBandHandler', () => {
  it('makes the founder admin and the band their active one', async () => {
    const kit = bandsTestKit();
    const founder = kit.user('Léa');
    const { bandId } = await kit.bandWith(founder);
    expect(await kit.reader.roleOf(founder, bandId)).toBe('admin');
    expect(await kit.reader.activeBandId(founder)).toBe(bandId);
  });

  it('lets people join as members with the code; joining again keeps the role', async () => {
    const kit = bandsTestKit();
    const founder = kit.user();
    const newcomer = kit.user();
    const { bandId } = await kit.bandWith(founder, newcomer, newcomer, founder);
    expect(await kit.reader.roleOf(newcomer, bandId)).toBe('member');
    expect(await kit.reader.roleOf(founder, bandId)).toBe('admin');
    expect((await kit.reader.members(bandId)).length).toBe(2);
    expect(await kit.reader.activeBandId(newcomer)).toBe(bandId);
  });

  it('answers with the band as its admin sees it, so nothing needs reading back, and says it was formed', async () => {
    const kit = bandsTestKit();
    const founder = kit.user();
    const events = new RecordingEventBus();
    const handler = new CreateBandHandler(
      kit.bands,
      kit.rosters,
      kit.activeBands,
      kit.unitOfWork,
      kit.clock,
      events.asEventBus(),
    );
    const band = await handler.execute(new CreateBandCommand(founder, 'Les Rythmes'));
    expect(events.published).toEqual([new BandFormed(band.id, founder)]);
    const read = await new GetBandHandler(kit.reader, kit.access).execute(new GetBandQuery(founder, band.id));
    expect(band).toEqual(read);
    expect(band.inviteCode).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
  });
});
