import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { OptionalField } from '../../../../shared/http/optional-field.decorator.js';
import { EXPORT_FORMATS, type ExportFormat } from '../documents/export-file.js';
import { PDF_LAYOUTS, type PdfLayoutName } from '../documents/pdf-layout.js';

export class ExportRequest {
  @ApiProperty({ enum: EXPORT_FORMATS })
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat;

  @ApiPropertyOptional({
    enum: PDF_LAYOUTS,
    default: 'list',
    description: 'PDF only: list is a compact table with totals, stage the large type for the stage (a set per page)',
  })
  @OptionalField()
  @IsIn(PDF_LAYOUTS)
  layout: PdfLayoutName = 'list';
}
