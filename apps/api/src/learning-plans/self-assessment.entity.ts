import type { AssessmentPhase } from '@peerhub/contracts';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { MatchObjectiveEntity } from './match-objective.entity';

/** Where a party stands on an objective before and after the learning, on a 1–5 scale. */
@Entity('self_assessment')
@Check('self_assessment_scale', 'score BETWEEN 1 AND 5')
export class SelfAssessmentEntity {
  @PrimaryColumn({ name: 'objective_id', type: 'uuid' })
  objectiveId: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid' })
  personId: string;

  @PrimaryColumn({ type: 'text' })
  phase: AssessmentPhase;

  @ManyToOne(() => MatchObjectiveEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'objective_id' })
  objective?: MatchObjectiveEntity;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @Column({ type: 'smallint' })
  score: number;

  @Column({ type: 'text', default: '' })
  note: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
