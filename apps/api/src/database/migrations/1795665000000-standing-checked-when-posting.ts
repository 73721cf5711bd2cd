import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ConversationHotPathFunctions1795663000000 } from './1795663000000-conversation-hot-path-functions';

/**
 * Posting checks the sender's standing in the same statement that posts, so a live connection
 * that already read it sends a message in one round trip instead of two.
 *
 * peerhub_conversation_standing gains standing_key: a digest of every column the permission
 * policies decide from (not the title or last_seq, which move with every rename and message).
 * peerhub_post_message takes the key the caller decided on and raises PHSTL when the standing is
 * no longer that one (a removal, a suspension of the group, a cancelled exchange), before it takes
 * a seq: the caller reads the standing again and lets the policy decide once more. The policy
 * stays in packages/domain; the database only says whether what it decided on still holds.
 */
export class StandingCheckedWhenPosting1795665000000 implements MigrationInterface {
  name = 'StandingCheckedWhenPosting1795665000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION peerhub_post_message(uuid, text, uuid, text, uuid, uuid[])`);
    await queryRunner.query(`DROP FUNCTION peerhub_conversation_standing(uuid, uuid)`);
    await queryRunner.query(`
      CREATE FUNCTION peerhub_conversation_standing(p_conversation_id uuid, p_person_id uuid)
      RETURNS TABLE (id uuid, kind text, group_id uuid, title text, last_seq int, alliance_id uuid, status text, role text, participant boolean,
                     x_alliance_id uuid, x_status text, x_organiser boolean, x_registered boolean, standing_key text)
      LANGUAGE plpgsql STABLE AS $$
      #variable_conflict use_column
      BEGIN
        RETURN QUERY
        SELECT s.*, md5(row(s.kind, s.group_id, s.alliance_id, s.status, s.role, s.participant, s.x_alliance_id, s.x_status, s.x_organiser, s.x_registered)::text)
          FROM (
            SELECT c.id, c.kind, c.group_id, c.title, c.last_seq, g.alliance_id, g.status, gm.role,
                   (cp.person_id IS NOT NULL) AS participant,
                   x.alliance_id AS x_alliance_id, x.status AS x_status, (x.organiser_id = p_person_id) AS x_organiser, (xp.person_id IS NOT NULL) AS x_registered
              FROM conversation c
              LEFT JOIN peer_group g ON g.id = c.group_id
              LEFT JOIN group_membership gm ON gm.group_id = g.id AND gm.person_id = p_person_id AND gm.state = 'active'
              LEFT JOIN conversation_participant cp ON cp.conversation_id = c.id AND cp.person_id = p_person_id AND cp.member
              LEFT JOIN exchange x ON x.id = c.exchange_id
              LEFT JOIN exchange_participant xp ON xp.exchange_id = x.id AND xp.person_id = p_person_id AND xp.status <> 'declined'
             WHERE c.id = p_conversation_id
          ) s;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION peerhub_post_message(p_conversation_id uuid, p_standing_key text, p_client_id text, p_author_id uuid, p_body text, p_parent_id uuid, p_mentions uuid[])
      RETURNS TABLE (id uuid, seq int, created_at timestamptz, kind text, title text, listeners uuid[], members uuid[])
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        v_key text;
        v_seq int;
        v_kind text;
        v_title text;
        v_id uuid;
        v_created_at timestamptz;
      BEGIN
        SELECT s.standing_key INTO v_key FROM peerhub_conversation_standing(p_conversation_id, p_author_id) s;
        IF v_key IS NULL OR v_key IS DISTINCT FROM p_standing_key THEN
          RAISE EXCEPTION 'standing in conversation % changed', p_conversation_id USING ERRCODE = 'PHSTL';
        END IF;
        UPDATE conversation SET last_seq = last_seq + 1, last_message_at = now() WHERE conversation.id = p_conversation_id RETURNING last_seq, conversation.kind, conversation.title INTO v_seq, v_kind, v_title;
        INSERT INTO message (conversation_id, seq, client_id, author_id, body, parent_id, mentions)
        VALUES (p_conversation_id, v_seq, p_client_id, p_author_id, p_body, p_parent_id, p_mentions)
        ON CONFLICT (conversation_id, author_id, client_id) DO NOTHING
        RETURNING message.id, message.created_at INTO v_id, v_created_at;
        IF v_id IS NULL THEN
          RAISE EXCEPTION 'message % already sent', p_client_id USING ERRCODE = 'PHDUP';
        END IF;
        INSERT INTO conversation_participant (conversation_id, person_id, member, last_read_seq) VALUES (p_conversation_id, p_author_id, false, v_seq)
        ON CONFLICT (conversation_id, person_id) DO UPDATE SET last_read_seq = GREATEST(conversation_participant.last_read_seq, EXCLUDED.last_read_seq);
        RETURN QUERY SELECT v_id, v_seq, v_created_at, v_kind, v_title,
          ARRAY(SELECT cp.person_id FROM conversation_participant cp WHERE cp.conversation_id = p_conversation_id AND cp.notification_level = 'all'),
          CASE WHEN v_kind = 'direct' THEN ARRAY(SELECT cp.person_id FROM conversation_participant cp WHERE cp.conversation_id = p_conversation_id AND cp.member) ELSE '{}'::uuid[] END;
      END
      $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION peerhub_post_message(uuid, text, text, uuid, text, uuid, uuid[])`);
    await queryRunner.query(`DROP FUNCTION peerhub_conversation_standing(uuid, uuid)`);
    await new ConversationHotPathFunctions1795663000000().up(queryRunner);
  }
}
