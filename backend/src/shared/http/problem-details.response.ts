import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FieldError, ProblemDetails } from './problem-details.js';

export class FieldErrorResponse implements FieldError {
  @ApiProperty({ example: 'username' })
  field: string;

  @ApiProperty()
  message: string;
}

/** RFC 9457 problem details, as every error of the API is answered (application/problem+json). */
export class ProblemDetailsResponse implements ProblemDetails {
  @ApiProperty({ example: 'about:blank' })
  type: string;

  @ApiProperty({ example: 'Conflict' })
  title: string;

  @ApiProperty({ example: 409 })
  status: number;

  @ApiProperty()
  detail: string;

  @ApiProperty({ example: 'IDENTITY.USERNAME_TAKEN', description: 'Stable code to switch on.' })
  code: string;

  @ApiPropertyOptional({ type: [FieldErrorResponse] })
  errors?: FieldErrorResponse[];
}
