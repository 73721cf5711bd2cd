import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The table @socket.io/postgres-adapter uses for events too large for a NOTIFY (8 kB), in the
 * layout the adapter expects; declared here so that it comes from a migration.
 */
@Entity('socket_io_attachments')
export class SocketIoAttachmentEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'bytea', nullable: true })
  payload: Buffer | null;
}
