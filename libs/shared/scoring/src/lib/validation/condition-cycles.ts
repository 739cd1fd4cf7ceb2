/**
 * Rejects conditions that depend on themselves: "A shown if B, B shown if A", directly or through any
 * number of other questions. Such a definition has no consistent visibility.
 */
import { conditionReferences, parseQuestionReference } from '../definition/condition';
import { childPath, type DefinitionErrors } from './definition-errors';
import type { QuestionEntry } from './definition-codes';

export function checkConditionCycles(questions: ReadonlyMap<string, QuestionEntry>, errors: DefinitionErrors): void {
  const dependsOn = new Map<string, string[]>();
  for (const [code, { question }] of questions) {
    const references = question.condition ? conditionReferences(question.condition) : [];
    dependsOn.set(
      code,
      references.map((r) => parseQuestionReference(r).question).filter((q) => questions.has(q)),
    );
  }
  for (const component of stronglyConnectedComponents(dependsOn)) {
    const cycle = cycleThrough(component, dependsOn);
    const first = questions.get(cycle[0]);
    if (!first) continue;
    errors.add(
      childPath(first.path, 'condition'),
      'conditionCycle',
      `Conditions form a cycle: ${[...cycle, cycle[0]].join(' → ')}.`,
    );
  }
}

/** The components of the dependency graph that contain a cycle (Tarjan). */
function stronglyConnectedComponents(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;

  const connect = (node: string): void => {
    index.set(node, counter);
    lowLink.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        lowLink.set(node, Math.min(lowLink.get(node) ?? 0, lowLink.get(next) ?? 0));
      } else if (onStack.has(next)) {
        lowLink.set(node, Math.min(lowLink.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (lowLink.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    const selfLoop = (graph.get(node) ?? []).includes(node);
    if (component.length > 1 || selfLoop) cycles.push(component.reverse());
  };
  for (const node of graph.keys()) if (!index.has(node)) connect(node);
  return cycles;
}

/** A shortest way from the component's first question back to itself, for a readable message. */
function cycleThrough(component: readonly string[], graph: ReadonlyMap<string, readonly string[]>): string[] {
  const start = component[0];
  const parent = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() as string;
    for (const next of graph.get(node) ?? []) {
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(parent.get(path[0]) as string);
        return path;
      }
      if (component.includes(next) && !parent.has(next)) {
        parent.set(next, node);
        queue.push(next);
      }
    }
  }
  return [...component];
}
