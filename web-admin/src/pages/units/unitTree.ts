import type { OrgUnitsQuery } from '../../gql/graphql';

export type OrgUnit = OrgUnitsQuery['orgUnits'][number];

/** A unit with the units directly below it, in the API's order (by name). */
export interface UnitNode {
  unit: OrgUnit;
  children: UnitNode[];
}

/**
 * The flat depth-first list as a tree. A unit whose parent is missing from the list (outside
 * what the caller may see) is shown at the top rather than lost.
 */
export function buildUnitTree(units: readonly OrgUnit[]): UnitNode[] {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] } as UnitNode]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The ids of `unitId` and every unit below it: none of them can become its parent. */
export function subtreeIds(units: readonly OrgUnit[], unitId: string): Set<string> {
  const ids = new Set([unitId]);
  // Depth-first order: a unit's descendants follow it, each after its own parent.
  for (const unit of units) if (unit.parentId && ids.has(unit.parentId)) ids.add(unit.id);
  return ids;
}

/** "Tartu › Noored": tells apart units of the same name in different places. */
export function unitLabel(unit: Pick<OrgUnit, 'path'>): string {
  return unit.path.join(' › ');
}
