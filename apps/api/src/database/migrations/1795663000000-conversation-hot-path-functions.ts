import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The two statements every message sent runs, as PL/pgSQL functions so that PostgreSQL keeps
 * their plans: planning the six-table join of a person's standing in a conversation took 1.3 ms
 * of PostgreSQL's CPU per call against 0.2 ms to run it (measured under \`npm run bench:chat\`),
 * and TypeORM sends every query unprepared.
 *
 * peerhub_conversation_standing: the conversation and where the person stands with it (their
 * group membership, direct participation, exchange registration); the policy in packages/domain
 * decides from that.
 *
 * peerhub_post_message: posting a message in one statement, since every message pays for each
 * round trip: the conversation's next seq (its row lock serialises senders), the message, and the
 * sender's read position. It answers with who is to hear of the message beyond mentions and
 * threads: the conversation's kind and title, who set it to 'all', and a direct conversation's
 * members. A retried client id raises PHDUP, which undoes the seq as well: seqs stay without gaps.
 */
export class ConversationHotPathFunctions1795663000000 implements MigrationInterface {
  name = 'ConversationHotPathFunctions1795663000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION peerhub_conversation_standing(p_conversation_id uuid, p_person_id uuid)
      RETURNS TABLE (id uuid, kind text, group_id uuid, title text, last_seq int, alliance_id uuid, status text, role text, participant boolean,
                     x_alliance_id uuid, x_status text, x_organiser boolean, x_registered boolean)
      LANGUAGE plpgsql STABLE AS $$
      #variable_conflict use_column
      BEGIN
        RETURN QUERY
        SELECT c.id, c.kind, c.group_id, c.title, c.last_seq, g.alliance_id, g.status, gm.role,
               (cp.person_id IS NOT NULL),
               x.alliance_id, x.status, (x.organiser_id = p_person_id), (xp.person_id IS NOT NULL)
          FROM conversation c
          LEFT JOIN peer_group g ON g.id = c.group_id
          LEFT JOIN group_membership gm ON gm.group_id = g.id AND gm.person_id = p_person_id AND gm.state = 'active'
          LEFT JOIN conversation_participant cp ON cp.conversation_id = c.id AND cp.person_id = p_person_id AND cp.member
          LEFT JOIN exchange x ON x.id = c.exchange_id
          LEFT JOIN exchange_participant xp ON xp.exchange_id = x.id AND xp.person_id = p_person_id AND xp.status <> 'declined'
         WHERE c.id = p_conversation_id;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION peerhub_post_message(p_conversation_id uuid, p_client_id text, p_author_id uuid, p_body text, p_parent_id uuid, p_mentions uuid[])
      RETURNS TABLE (id uuid, seq int, created_at timestamptz, kind text, title text, listeners uuid[], members uuid[])
      LANGUAGE plpgsql AS $$
      #variable_conflict use_column
      DECLARE
        v_seq int;
        v_kind text;
        v_title text;
        v_id uuid;
        v_created_at timestamptz;
      BEGIN
        UPDATE conversation SET last_seq = last_seq + 1, last_message_at = now() WHERE conversation.id = p_conversation_id RETURNING last_seq, conversation.kind, conversation.title INTO v_seq, v_kind, v_title;
        IF v_seq IS NULL THEN
          RAISE EXCEPTION 'no conversation %', p_conversation_id USING ERRCODE = 'no_data_found';
        END IF;
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
    await queryRunner.query(`DROP FUNCTION peerhub_post_message(uuid, text, uuid, text, uuid, uuid[])`);
    await queryRunner.query(`DROP FUNCTION peerhub_conversation_standing(uuid, uuid)`);
  }
}
