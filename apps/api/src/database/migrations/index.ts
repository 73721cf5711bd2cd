import { Initial1795639837330 } from './1795639837330-initial';

/** Every migration in order; a new one is generated with `npm run migration:generate -- <Name>` and added here. */
export const MIGRATIONS: Function[] = [Initial1795639837330];
