import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A group's conversation used to be created the first time someone opened the group, so a new
 * member's Messages stayed empty until then. Groups now get theirs when they are created; this
 * gives one to every group that has none yet.
 */
export class GroupConversationsFromTheStart1795664000000 implements MigrationInterface {
  name = 'GroupConversationsFromTheStart1795664000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO conversation (kind, group_id, title, last_seq)
      SELECT 'group', g.id, g.name, 0 FROM peer_group g
       WHERE NOT EXISTS (SELECT 1 FROM conversation c WHERE c.group_id = g.id)`);
  }

  public async down(): Promise<void> {
    // Conversations without messages are harmless; nothing to undo.
  }
}
