import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PersonLocale1795660000000 implements MigrationInterface {
  name = 'PersonLocale1795660000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" ADD "locale" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "locale"`);
  }
}
