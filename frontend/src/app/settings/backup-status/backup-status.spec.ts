import { registerLocaleData } from '@angular/common';
import { HttpTestingController } from '@angular/common/http/testing';
import localeFr from '@angular/common/locales/fr';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { BackupStatus } from '../../core/api/api-types';
import {
  aMe,
  aMeInABand,
  aProblem,
  bandTestProviders,
  failWith,
  settle,
  startSession,
  textOf,
} from '../../../testing/fixtures';
import { BackupStatusSection } from './backup-status';

registerLocaleData(localeFr, 'fr');

const STATUS_URL = '/api/operations/backup';
const aStatus = (overrides: Partial<BackupStatus> = {}): BackupStatus => ({
  dailyAt: '03:00',
  keepDaily: 7,
  keepWeekly: 4,
  lastRun: {
    startedAt: '2026-12-02T03:00:00.000Z',
    finishedAt: '2026-12-02T03:00:04.000Z',
    outcome: 'succeeded',
    message: 'bandtrack-20261202T030000Z.ndjson.gz (2456789 bytes); 0 older removed',
  },
  backups: [{ name: 'bandtrack-20261202T030000Z.ndjson.gz', takenAt: '2026-12-02T03:00:00.000Z', bytes: 2_456_789 }],
  ...overrides,
});

describe('BackupStatusSection', () => {
  let fixture: ComponentFixture<BackupStatusSection>;
  let root: HTMLElement;
  let http: HttpTestingController;

  const show = async (me = aMeInABand('admin')) => {
    TestBed.configureTestingModule({ imports: [BackupStatusSection], providers: bandTestProviders() });
    http = TestBed.inject(HttpTestingController);
    await startSession(me);
    fixture = TestBed.createComponent(BackupStatusSection);
    root = fixture.nativeElement;
    fixture.detectChanges();
    await settle();
  };
  const stable = async () => {
    await settle();
    await fixture.whenStable();
  };
  const answer = async (status: BackupStatus) => {
    http.expectOne({ method: 'GET', url: STATUS_URL }).flush(status);
    await stable();
  };

  afterEach(() => http.verify());

  it('shows an admin the last backup, the rule, the files kept and how to restore', async () => {
    await show();
    await answer(aStatus());

    expect(textOf(root, '[data-testid="backup-last-run"]')).toContain('Dernière sauvegarde réussie le');
    expect(root.querySelector('[data-testid="backup-last-run"] time')?.getAttribute('datetime')).toBe(
      '2026-12-02T03:00:00.000Z',
    );
    expect(textOf(root, '[data-testid="backup-rule"]')).toMatch(/03:00.*7 derniers jours.*4 dernières semaines/);
    const files = [...root.querySelectorAll('[data-testid="backup-files"] li')].map((li) => li.textContent);
    expect(files).toHaveLength(1);
    expect(files[0]).toContain('bandtrack-20261202T030000Z.ndjson.gz');
    expect(files[0]).toMatch(/2,5\sMo/);
    expect(root.textContent).toContain('npm run restore -- FICHIER');
  });

  it('shows why the last backup failed', async () => {
    await show();
    await answer(
      aStatus({
        lastRun: {
          startedAt: '2026-12-02T03:00:00.000Z',
          finishedAt: '2026-12-02T03:00:01.000Z',
          outcome: 'failed',
          message: 'ENOSPC: no space left on device',
        },
      }),
    );

    expect(textOf(root, '[data-testid="backup-last-run"]')).toContain('La dernière sauvegarde a échoué le');
    expect(textOf(root, '[data-testid="backup-error"]')).toBe('ENOSPC: no space left on device');
  });

  it('says when no backup ran yet, or when the server takes none', async () => {
    await show();
    await answer(aStatus({ dailyAt: null, lastRun: null, backups: [] }));

    expect(textOf(root, '[data-testid="backup-last-run"]')).toContain("Aucune sauvegarde n'a encore été faite");
    expect(textOf(root, '[data-testid="backup-rule"]')).toContain('ne fait pas de sauvegarde nocturne');
    expect(root.querySelector('[data-testid="backup-files"]')).toBeNull();
  });

  it('is hidden from, and asks nothing for, a member who is admin of no band', async () => {
    await show(aMeInABand('manager'));
    http.expectNone(STATUS_URL);
    expect(root.hidden).toBe(true);
    expect(root.querySelector('[data-testid="backup-status"]')).toBeNull();
  });

  it('says why when the server refuses', async () => {
    await show(aMe({ bands: [{ id: 'b', name: 'Band', role: 'admin' }] }));
    failWith(http.expectOne(STATUS_URL), aProblem(403, 'OPERATIONS.ADMINS_ONLY'));
    await stable();

    expect(textOf(root, '[data-testid="backup-failure"]')).toBe("Réservé aux administrateurs d'un groupe.");
  });
});
