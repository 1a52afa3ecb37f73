import { SeriesProblem } from './series-starts';

/** What the rehearsal form says of the series as typed: « 6 répétitions seront créées », or why none. */
export function seriesText(starts: readonly string[] | SeriesProblem): string {
  switch (starts) {
    case 'invalid':
      return $localize`:@@rehearsal.series.pickDates:Choisissez la date de la première répétition et celle de la dernière.`;
    case 'untilBeforeFirst':
      return $localize`:@@rehearsal.series.untilBeforeFirst:La série finit le jour de la première répétition ou après.`;
    case 'overAYear':
      return $localize`:@@rehearsal.series.overAYear:Une série dure un an au plus : choisissez une fin plus proche.`;
  }
  const count = starts.length;
  return count === 1
    ? $localize`:@@rehearsal.series.one:1 répétition sera créée`
    : $localize`:@@rehearsal.series.count:${count}:count: répétitions seront créées`;
}
