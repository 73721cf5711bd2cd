import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { PersonEntity } from '../people/person.entity';

/** Names of the people an audit entry speaks of, read in the same transaction. */
export async function personRefs(manager: EntityManager, ...ids: string[]): Promise<Map<string, { id: string; name: string }>> {
  const people = await manager.find(PersonEntity, { where: { id: In([...new Set(ids)]) }, select: { id: true, name: true } });
  return new Map(people.map((p) => [p.id, { id: p.id, name: p.name }]));
}
