export * from './actor';
export * from './policies';
export * from './time-zones';
export * from './scheduling';
export * from './matching';
export * from './learning-policies';
