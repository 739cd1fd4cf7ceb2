import { AuditService } from '@digitalcheck/api-audit';
import type { Actor } from '@digitalcheck/api-auth';
import { ApiException, ApiValidationException } from '@digitalcheck/api-platform';
import type { Measure, MeasureInput } from '@digitalcheck/shared-contracts';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not } from 'typeorm';
import { toMeasure } from './measure-mapping';
import { MeasureEntity } from './measure.entity';
import { FIELD_CODES, measureRuleErrors } from './measure-rules';

export interface MeasureFilter {
  field?: string;
  includeArchived: boolean;
}

/** The fields an edit may change, in the order the audit event lists them. */
const EDITABLE_FIELDS = [
  'code',
  'field',
  'title',
  'description',
  'effort',
  'costMin',
  'costMax',
  'prerequisite',
  'improves',
  'example',
  'archived',
] as const;

/**
 * The catalogue of measures: read by every signed-in person, edited by admins. Edits are whole replacements on top
 * of the version that was edited (409 MEASURE_CONFLICT otherwise) and are audited in the same transaction.
 */
@Injectable()
export class MeasuresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** In the order of the fields of action, then by code. */
  async list(filter: MeasureFilter): Promise<Measure[]> {
    const rows = await this.dataSource.manager.find(MeasureEntity, {
      where: {
        ...(filter.field ? { field: filter.field } : {}),
        ...(filter.includeArchived ? {} : { archived: false }),
      },
    });
    return rows.sort(byFieldThenCode).map(toMeasure);
  }

  async create(actor: Actor, input: MeasureInput): Promise<Measure> {
    checkRules(input);
    const saved = await this.dataSource.transaction(async (manager) => {
      await checkCodeFree(manager, input.code, null);
      const row = await manager.save(MeasureEntity, manager.create(MeasureEntity, { ...columnsOf(input), version: 1 }));
      await this.record(manager, actor, 'measure.created', row, { code: row.code, field: row.field });
      return row;
    });
    return toMeasure(saved);
  }

  async update(actor: Actor, id: string, input: MeasureInput, baseVersion: number): Promise<Measure> {
    checkRules(input);
    const saved = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(MeasureEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundException(`There is no measure ${id}.`);
      if (current.version !== baseVersion) {
        throw new ApiException(
          409,
          'MEASURE_CONFLICT',
          `The measure ${current.code} has changed (version ${current.version}, you edited ${baseVersion}).`,
        );
      }
      if (input.code !== current.code) await checkCodeFree(manager, input.code, id);
      const before = toMeasure(current);
      const changed = EDITABLE_FIELDS.filter(
        (key) => JSON.stringify(before[key]) !== JSON.stringify(key === 'archived' ? input.archived : input[key]),
      );
      Object.assign(current, columnsOf(input), { version: current.version + 1 });
      const row = await manager.save(MeasureEntity, current);
      await this.record(manager, actor, 'measure.updated', row, {
        code: row.code,
        fromVersion: baseVersion,
        toVersion: row.version,
        changed,
        archived: row.archived,
      });
      return row;
    });
    return toMeasure(saved);
  }

  private record(
    manager: EntityManager,
    actor: Actor,
    action: string,
    row: MeasureEntity,
    details: Record<string, unknown>,
  ): Promise<unknown> {
    return this.audit.record(manager, {
      action,
      entityType: 'measure',
      entityId: row.id,
      actorId: actor.principal?.userId ?? null,
      details,
      requestId: actor.requestId || null,
    });
  }
}

function checkRules(input: MeasureInput): void {
  const errors = measureRuleErrors(input);
  if (errors.length > 0) throw new ApiValidationException(errors);
}

async function checkCodeFree(manager: EntityManager, code: string, exceptId: string | null): Promise<void> {
  const taken = await manager.exists(MeasureEntity, { where: { code, ...(exceptId ? { id: Not(exceptId) } : {}) } });
  if (taken) {
    throw new ApiValidationException([
      { field: 'code', code: 'duplicateCode', message: `code ${code} is already used by another measure` },
    ]);
  }
}

function columnsOf(input: MeasureInput): Partial<MeasureEntity> {
  return {
    code: input.code,
    field: input.field,
    title: input.title.trim(),
    description: input.description.trim(),
    effort: input.effort,
    costMin: input.costMin,
    costMax: input.costMax,
    prerequisite: input.prerequisite,
    improves: [...input.improves],
    exampleTitle: input.example.title.trim(),
    exampleDescription: input.example.description.trim(),
    archived: input.archived,
  };
}

function byFieldThenCode(a: MeasureEntity, b: MeasureEntity): number {
  return FIELD_CODES.indexOf(a.field) - FIELD_CODES.indexOf(b.field) || a.code.localeCompare(b.code);
}
