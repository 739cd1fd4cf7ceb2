/**
 * validateDefinition, references: conditions (unknown questions, options, rows, cycles) and the
 * questions named by the scoring parameters and indicators.
 */
import { errorsAfter, only, question } from '../../testing/definition-mutations';

describe('validateDefinition: references', () => {
  describe('conditions', () => {
    it('rejects a reference to an unknown question', () => {
      expect(errorsAfter((d) => (question(d, 1, 1).condition = { q: 'A99', in: ['a'] }))).toEqual(
        only('/sections/1/questions/1/condition/q', 'unknownQuestion'),
      );
    });

    it('rejects an unknown option, row or a mismatched question type', () => {
      expect(errorsAfter((d) => (question(d, 1, 1).condition = { q: 'A1', in: ['z'] }))).toEqual(
        only('/sections/1/questions/1/condition/in/0', 'unknownOption'),
      );
      expect(errorsAfter((d) => (question(d, 1, 1).condition = { answered: 'P1.XYZ' }))).toEqual(
        only('/sections/1/questions/1/condition/answered', 'unknownRow'),
      );
      expect(errorsAfter((d) => (question(d, 1, 1).condition = { q: 'A1', op: 'gt', value: 1 }))).toEqual(
        only('/sections/1/questions/1/condition/q', 'questionTypeMismatch'),
      );
      expect(errorsAfter((d) => (question(d, 1, 1).condition = { q: 'P1', in: ['5'] }))).toEqual(
        only('/sections/1/questions/1/condition/q', 'questionTypeMismatch'),
      );
    });

    it('rejects a direct cycle: A2 shown if A3, A3 shown if A2', () => {
      const errors = errorsAfter((d) => {
        question(d, 1, 1).condition = { q: 'A3', in: ['ja'] };
        question(d, 1, 2).condition = { any: [{ q: 'A2', in: ['VER'] }] };
      });
      expect(errors).toEqual([
        {
          path: '/sections/1/questions/1/condition',
          code: 'conditionCycle',
          message: 'Conditions form a cycle: A2 → A3 → A2.',
        },
      ]);
    });

    it('rejects an indirect cycle: V1 if V2, V2 if V3, V3 if V1', () => {
      const errors = errorsAfter((d) => {
        question(d, 3, 0).condition = { q: 'V2', in: ['alle'] };
        question(d, 3, 1).condition = { not: { answered: 'V3' } };
        question(d, 3, 2).condition = { q: 'V1', in: ['keine'] };
      });
      expect(errors).toEqual([
        {
          path: '/sections/3/questions/0/condition',
          code: 'conditionCycle',
          message: 'Conditions form a cycle: V1 → V2 → V3 → V1.',
        },
      ]);
    });

    it('rejects a question conditional on itself', () => {
      expect(errorsAfter((d) => (question(d, 3, 0).condition = { answered: 'V1' }))).toEqual(
        only('/sections/3/questions/0/condition', 'conditionCycle'),
      );
    });

    it('accepts a chain that is not a cycle', () => {
      expect(
        errorsAfter((d) => {
          question(d, 3, 1).condition = { q: 'V1', in: ['ab100'] };
          question(d, 3, 2).condition = { answered: 'V2' };
        }),
      ).toEqual([]);
    });
  });

  describe('references of the scoring parameters', () => {
    it('P1 rows must name fields of action; Strategie & Steuerung cannot be excluded', () => {
      const errors = errorsAfter((d) => {
        const p1 = question(d, 1, 10);
        if (p1.type === 'matrix') p1.rows[0].code = 'A';
      });
      expect(errors).toEqual(only('/sections/1/questions/10/rows/0', 'notAFieldOfAction'));
      const unknown = errorsAfter((d) => {
        const p1 = question(d, 1, 10);
        if (p1.type === 'matrix') p1.rows[0].code = 'XYZ';
      });
      expect(unknown).toEqual(only('/sections/1/questions/10/rows/0', 'unknownSection'));
    });

    it('P1 options need priorities 1–5', () => {
      const errors = errorsAfter((d) => {
        const p1 = question(d, 1, 10);
        if ('options' in p1) p1.options[4].value = 7;
      });
      expect(errors).toEqual(only('/sections/1/questions/10/options/4', 'invalidPriorityScale'));
    });

    it('the population of a rate and the gate must resolve', () => {
      const population = errorsAfter((d) => {
        const a4 = question(d, 1, 3);
        if (a4.type === 'number' && a4.numberScoring?.perPopulation)
          a4.numberScoring.perPopulation.populationQuestion = 'S2';
      });
      expect(population).toEqual(
        only('/sections/1/questions/3/numberScoring/perPopulation/populationQuestion', 'questionTypeMismatch'),
      );
      const gate = errorsAfter((d) => d.scoring.gate && (d.scoring.gate.unless = { q: 'A0', in: ['a'] }));
      expect(gate).toEqual(only('/scoring/gate/unless/q', 'unknownQuestion'));
    });

    it('indicators must name a question with the listed options', () => {
      expect(errorsAfter((d) => (d.indicators[0].question = 'A99'))).toEqual(
        only('/indicators/0/question', 'unknownQuestion'),
      );
      expect(errorsAfter((d) => (d.indicators[1].in = ['4', '6']))).toEqual(
        only('/indicators/1/in/1', 'unknownOption'),
      );
    });
  });
});
