import { NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';

/** A route id: anything that is not a UUID names nothing, so it is a 404 like an unknown id. */
export const IdParam = (name: string) =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException() }));
