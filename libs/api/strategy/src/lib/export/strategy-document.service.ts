import type { Principal } from '@digitalcheck/api-auth';
import { ResponseComparisonService } from '@digitalcheck/api-surveys';
import type {
  ScoreComparisonRow,
  StrategyBaselineRow,
  StrategyDocument,
  StrategyDocumentMeasure,
} from '@digitalcheck/shared-contracts';
import type { FieldResult, ResponseScore } from '@digitalcheck/shared-scoring';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { fieldTitle } from '../drafts/fields-of-action';
import { MeasureCatalogue } from '../drafts/measure-catalogue';
import { StrategyDraftsService } from '../drafts/strategy-drafts.service';

/**
 * The draft laid out as a Digitalstrategie (StrategyDocument): the Ausgangslage from the scores stored at submit
 * and the peer group median of the response comparison (aggregates only), the focus fields with their priority
 * and score, and the chosen measures with the catalogue's title and description. Both exports render it.
 */
@Injectable()
export class StrategyDocumentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drafts: StrategyDraftsService,
    private readonly comparisons: ResponseComparisonService,
    private readonly catalogue: MeasureCatalogue,
  ) {}

  async document(principal: Principal, responseId: string): Promise<StrategyDocument> {
    const response = await this.drafts.response(principal, responseId);
    const draft = await this.drafts.draft(principal, responseId);
    const comparison = await this.comparisons.compare(principal, responseId);
    const score = response.score as ResponseScore;
    const waves: Array<{ title: string }> = await this.dataSource.query(
      `SELECT "title" FROM "survey_wave" WHERE "id" = $1`,
      [response.waveId],
    );
    const fields = score.fields
      .filter((field) => field.fieldOfAction)
      .map((field) =>
        fieldRow(
          field,
          comparison.fields.find((row) => row.section === field.section),
        ),
      );
    const catalogue = await this.catalogue.byIds(draft.content.measures.map((measure) => measure.measureId));
    const measures = draft.content.measures.map((measure): StrategyDocumentMeasure => {
      const entry = catalogue.get(measure.measureId);
      const field = entry?.field ?? '';
      return {
        ...measure,
        code: entry?.code ?? '',
        title: entry?.title ?? 'Maßnahme nicht mehr im Katalog',
        description: entry?.description ?? '',
        field,
        fieldTitle: fieldTitle(field),
      };
    });
    return {
      responseId,
      regionArs: draft.regionArs,
      regionName: draft.regionName,
      waveTitle: waves[0]?.title ?? '',
      version: draft.version,
      savedAt: draft.savedAt,
      savedBy: draft.savedBy,
      baseline: {
        peerGroup: comparison.peerGroup?.label ?? null,
        index: {
          field: null,
          title: 'Digitalisierungsindex',
          score: score.index.score,
          maturityLevel: score.index.gatedMaturityLevel ?? score.index.maturityLevel,
          priority: null,
          peerMedian: comparison.index.peerMedian.suppressed ? null : comparison.index.peerMedian.value,
        },
        fields,
      },
      focusFields: draft.content.focusFields.map(
        (code) =>
          fields.find((row) => row.field === code) ?? {
            field: code,
            title: fieldTitle(code),
            score: null,
            maturityLevel: null,
            priority: null,
            peerMedian: null,
          },
      ),
      vision: draft.content.vision,
      measures,
    };
  }
}

function fieldRow(field: FieldResult, comparison: ScoreComparisonRow | undefined): StrategyBaselineRow {
  const median = comparison?.peerMedian;
  return {
    field: field.section,
    title: field.title,
    score: field.score,
    maturityLevel: field.maturityLevel,
    priority: field.priority,
    peerMedian: median && !median.suppressed ? median.value : null,
  };
}
